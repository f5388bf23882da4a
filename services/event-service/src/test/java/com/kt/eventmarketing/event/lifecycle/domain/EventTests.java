package com.kt.eventmarketing.event.lifecycle.domain;

import static com.kt.eventmarketing.event.lifecycle.domain.EventMother.NOW;
import static com.kt.eventmarketing.event.lifecycle.domain.EventMother.TODAY;
import static com.kt.eventmarketing.event.lifecycle.domain.EventMother.completeCafeDraft;
import static com.kt.eventmarketing.event.lifecycle.domain.EventMother.newDraft;
import static com.kt.eventmarketing.event.lifecycle.domain.EventMother.publishedCafeEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTests {

    private static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void aNewDraftHasOnlyItsObjective() {
        Event draft = newDraft();

        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(draft.objective()).isEqualTo(Objective.NEW_CUSTOMERS);
        assertThat(draft.channels()).isEmpty();
        assertThat(draft.missingForPublication()).containsExactly("eventName", "period", "selectedImage", "channels");
        assertThat(draft.missingForImages()).containsExactly("eventName");
    }

    @Test
    void editingReplacesTheContentAndKeepsObjectiveAndChannelsWhenLeftOut() {
        Event draft = newDraft().chooseChannels(List.of(Channel.SMS), NOW);

        Event edited = draft.edit(new EventContent("  가을 축제  ", " ", null, TODAY, TODAY, null), LATER);

        assertThat(edited.eventName()).isEqualTo("가을 축제");
        assertThat(edited.description()).isNull();
        assertThat(edited.objective()).isEqualTo(Objective.NEW_CUSTOMERS);
        assertThat(edited.channels()).containsExactly(Channel.SMS);
        assertThat(edited.updatedAt()).isEqualTo(LATER);
        assertThat(edited.createdAt()).isEqualTo(NOW);
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(
                        () -> newDraft().edit(new EventContent("이벤트", null, null, TODAY.plusDays(3), TODAY, null), NOW))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(ProblemException.Kind.INVALID);
                    assertThat(problem.getMessage()).contains("endDate");
                });
    }

    @Test
    void choosesEachChannelOnceInTheOwnersOrder() {
        Event draft = newDraft().chooseChannels(List.of(Channel.SMS, Channel.GENIE_TV, Channel.SMS), NOW);

        assertThat(draft.channels()).containsExactly(Channel.SMS, Channel.GENIE_TV);
    }

    @Test
    void aChosenPlanFillsNameDescriptionPeriodAndChannels() {
        UUID plan = UUID.randomUUID();

        Event filled = newDraft()
                .applyPlan(
                        new PlanChoice(
                                plan,
                                "추석 선물 추첨",
                                "송편 세트 추첨",
                                TODAY.plusDays(2),
                                TODAY.plusDays(9),
                                List.of(Channel.URIDONGNE_TV)),
                        LATER);

        assertThat(filled.eventName()).isEqualTo("추석 선물 추첨");
        assertThat(filled.description()).isEqualTo("송편 세트 추첨");
        assertThat(filled.startDate()).isEqualTo(TODAY.plusDays(2));
        assertThat(filled.endDate()).isEqualTo(TODAY.plusDays(9));
        assertThat(filled.channels()).containsExactly(Channel.URIDONGNE_TV);
        assertThat(filled.selectedRecommendationId()).isEqualTo(plan);
    }

    @Test
    void aPlanWithoutPeriodOrChannelsLeavesTheEventsOwn() {
        Event draft = completeCafeDraft();

        Event filled = draft.applyPlan(
                new PlanChoice(UUID.randomUUID(), "이름".repeat(150), "설명", null, null, List.of()), LATER);

        assertThat(filled.eventName()).hasSize(Event.MAX_NAME_LENGTH);
        assertThat(filled.startDate()).isEqualTo(draft.startDate());
        assertThat(filled.channels()).isEqualTo(draft.channels());
    }

    @Test
    void publishesACompleteDraftStartingTodayOrLater() {
        Transition published = completeCafeDraft().publish(TODAY, LATER);

        assertThat(published).isInstanceOfSatisfying(Transition.Moved.class, moved -> {
            assertThat(moved.event().status()).isEqualTo(EventStatus.PUBLISHED);
            assertThat(moved.event().publishedAt()).isEqualTo(LATER);
        });
    }

    @Test
    void refusesToPublishAnIncompleteDraftNamingWhatIsMissing() {
        Event named = newDraft().edit(new EventContent("이름", null, null, null, TODAY, null), NOW);

        Transition refused = named.publish(TODAY, NOW);

        assertThat(refused).isInstanceOfSatisfying(Transition.Refused.class, no -> {
            assertThat(no.code()).isEqualTo("event-incomplete");
            assertThat(no.missing()).containsExactly("period", "selectedImage", "channels");
        });
    }

    @Test
    void refusesToPublishAPeriodThatHasAlreadyBegun() {
        Transition refused = completeCafeDraft().publish(TODAY.plusDays(2), NOW);

        assertThat(refused)
                .isInstanceOfSatisfying(
                        Transition.Refused.class, no -> assertThat(no.code()).isEqualTo("start-date-passed"));
    }

    @Test
    void aPublishedEventCanOnlyEndAndOnlyOnce() {
        Event published = publishedCafeEvent();

        assertThatThrownBy(() -> published.edit(new EventContent("새 이름", null, null, null, null, null), NOW))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.code()).isEqualTo("event-not-draft"));
        assertThatThrownBy(() -> published.chooseChannels(List.of(Channel.EMAIL), NOW))
                .isInstanceOf(ProblemException.class);
        assertThat(published.publish(TODAY, NOW)).isInstanceOf(Transition.Refused.class);

        Transition ended = published.end("MANUAL", LATER);
        assertThat(ended).isInstanceOfSatisfying(Transition.Moved.class, moved -> {
            assertThat(moved.event().status()).isEqualTo(EventStatus.ENDED);
            assertThat(moved.event().endReason()).isEqualTo("MANUAL");
            assertThat(moved.event().endedAt()).isEqualTo(LATER);
            assertThat(moved.event().end("MANUAL", LATER))
                    .isInstanceOfSatisfying(
                            Transition.Refused.class,
                            no -> assertThat(no.code()).isEqualTo("event-already-ended"));
        });
    }

    @Test
    void aDraftCannotEnd() {
        assertThat(newDraft().end("MANUAL", NOW))
                .isInstanceOfSatisfying(
                        Transition.Refused.class, no -> assertThat(no.code()).isEqualTo("event-not-published"));
    }

    @Test
    void isDueToEndTheDayAfterItsEndDate() {
        Event published = publishedCafeEvent();

        assertThat(published.isDueToEnd(published.endDate())).isFalse();
        assertThat(published.isDueToEnd(published.endDate().plusDays(1))).isTrue();
        assertThat(completeCafeDraft().isDueToEnd(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void cutsAnOverlongPlanNameWithoutSplittingACharacter() {
        String emoji = "🎉";
        String name = String.join(
                "", Arrays.asList(new String[201]).stream().map(x -> emoji).toList());

        Event filled = newDraft().applyPlan(new PlanChoice(UUID.randomUUID(), name, "d", null, null, null), NOW);

        assertThat(filled.eventName().codePointCount(0, filled.eventName().length()))
                .isEqualTo(200);
        assertThat(filled.eventName()).endsWith(emoji);
    }
}
