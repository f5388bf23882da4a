package com.kt.eventmarketing.event.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanOfferTests {

    private static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-04-02");
    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID JOB = UUID.randomUUID();

    @Test
    void offersOnePlanPerBudgetLevel() {
        List<Plan> offered = offer(
                List.of(plan(BudgetLevel.LOW, "A"), plan(BudgetLevel.MEDIUM, "B"), plan(BudgetLevel.HIGH, "C")),
                Optional.empty());

        assertThat(offered)
                .extracting(Plan::budgetLevel)
                .containsExactly(BudgetLevel.LOW, BudgetLevel.MEDIUM, BudgetLevel.HIGH);
        assertThat(offered).allSatisfy(plan -> {
            assertThat(plan.eventId()).isEqualTo(EVENT);
            assertThat(plan.jobId()).isEqualTo(JOB);
            assertThat(plan.selected()).isFalse();
            assertThat(plan.source()).isEqualTo("BUILT_IN");
        });
    }

    @Test
    void keepsTheFirstPlanOfALevelAndAtMostThree() {
        List<Plan> offered = offer(
                List.of(
                        plan(BudgetLevel.LOW, "first low"),
                        plan(BudgetLevel.LOW, "second low"),
                        plan(BudgetLevel.HIGH, "high"),
                        plan(BudgetLevel.MEDIUM, "medium"),
                        plan(BudgetLevel.MEDIUM, "another medium")),
                Optional.empty());

        assertThat(offered).extracting(Plan::eventName).containsExactly("first low", "high", "medium");
    }

    @Test
    void leavesTheChosenPlansLevelToTheChosenPlan() {
        Plan chosen = offer(List.of(plan(BudgetLevel.MEDIUM, "chosen")), Optional.empty())
                .getFirst();

        List<Plan> offered = offer(
                List.of(plan(BudgetLevel.LOW, "A"), plan(BudgetLevel.MEDIUM, "B"), plan(BudgetLevel.HIGH, "C")),
                Optional.of(chosen));

        assertThat(offered).extracting(Plan::eventName).containsExactly("A", "C");
    }

    @Test
    void leavesOutWhatThePlanTableCannotHoldAndRepairsTheRest() {
        List<EventPlan> proposed = new ArrayList<>();
        proposed.add(null);
        proposed.add(new EventPlan(
                null, "no level", "d", PromotionType.DRAW, "a", null, 0, null, null, null, null, 0, 0, 0, 0, null));
        proposed.add(new EventPlan(
                BudgetLevel.LOW, " ", "d", PromotionType.DRAW, "a", null, 0, null, null, null, null, 0, 0, 0, 0, null));
        proposed.add(new EventPlan(
                BudgetLevel.LOW, "no type", "d", null, "a", null, 0, null, null, null, null, 0, 0, 0, 0, null));
        proposed.add(new EventPlan(
                BudgetLevel.HIGH,
                "n".repeat(300),
                null,
                PromotionType.COUPON,
                null,
                "  ",
                -10,
                null,
                START.plusDays(5),
                START,
                List.of(Channel.SMS, Channel.SMS),
                -1,
                -2,
                -3,
                Double.NaN,
                null));

        List<Plan> offered = offer(proposed, Optional.empty());

        assertThat(offered).hasSize(1);
        Plan repaired = offered.getFirst();
        assertThat(repaired.eventName()).hasSize(200);
        assertThat(repaired.description()).isEmpty();
        assertThat(repaired.targetAudience()).isEmpty();
        assertThat(repaired.prize()).isNull();
        assertThat(repaired.startDate()).as("an impossible period is dropped").isNull();
        assertThat(repaired.endDate()).isNull();
        assertThat(repaired.recommendedChannels()).containsExactly(Channel.SMS);
        assertThat(repaired.prizeCost()).isZero();
        assertThat(repaired.expectedCost()).isZero();
        assertThat(repaired.expectedRoi()).isZero();
    }

    @Test
    void anEmptyAnswerOffersNothing() {
        assertThat(offer(null, Optional.empty())).isEmpty();
    }

    private static List<Plan> offer(List<EventPlan> proposed, Optional<Plan> chosen) {
        return PlanOffer.of(proposed, chosen, EVENT, JOB, "BUILT_IN", UUID::randomUUID, NOW);
    }

    private static EventPlan plan(BudgetLevel level, String name) {
        return new EventPlan(
                level,
                name,
                "설명",
                PromotionType.COUPON,
                "가족 단위",
                "쿠폰",
                1000,
                "QR 응모",
                START,
                START.plusDays(6),
                List.of(Channel.INSTAGRAM),
                100,
                200_000,
                500_000,
                1.5,
                "이유");
    }
}
