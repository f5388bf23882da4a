package com.kt.eventmarketing.ai.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.ai.StoreMother.Situation;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInPlannerTests {

    private final Engine engine = new Engine();

    static List<Situation> situations() {
        return StoreMother.contrasting();
    }

    @ParameterizedTest
    @MethodSource("situations")
    void proposesThreeValidPlansOnePerBudgetLevelWithDifferentPromotionTypes(Situation situation) {
        TrendAnalysis analysis = engine.analyze(situation);
        PlanSet set = engine.plan(analysis);

        assertThat(set.source()).isEqualTo(PlanSource.BUILT_IN);
        assertThat(set.plans())
                .extracting(EventPlan::budgetLevel)
                .containsExactly(BudgetLevel.LOW, BudgetLevel.MEDIUM, BudgetLevel.HIGH);
        assertThat(set.plans().stream().map(EventPlan::promotionType).distinct())
                .hasSize(3);
        assertThat(engine.rules().problems(set.plans(), analysis.request(), analysis.spend()))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("situations")
    void numbersAreConsistent(Situation situation) {
        TrendAnalysis analysis = engine.analyze(situation);
        List<EventPlan> plans = engine.plan(analysis).plans();

        for (EventPlan plan : plans) {
            long envelope = Engine.KNOWLEDGE.budget(plan.budgetLevel()).envelope();
            assertThat(plan.expectedCost()).isPositive().isLessThanOrEqualTo(envelope);
            assertThat(plan.prizeCost()).isPositive().isLessThan(plan.expectedCost());
            assertThat(plan.expectedRoi())
                    .isEqualTo(Math.round((plan.expectedRevenue() - plan.expectedCost()) * 100.0 / plan.expectedCost())
                            / 100.0);
            assertThat(plan.expectedParticipants()).isGreaterThanOrEqualTo(10);
            assertThat(plan.expectedRevenue()).isLessThanOrEqualTo(plan.expectedParticipants() * analysis.spend() * 3);
            assertThat(plan.startDate())
                    .isAfterOrEqualTo(situation.referenceDate().plusDays(2));
            assertThat(plan.endDate()).isAfter(plan.startDate());
            assertThat(plan.targetAudience().length()).isLessThanOrEqualTo(100);
            assertThat(plan.reasoning()).contains("[시기]", "[채널]", "[수익]", "ROI");
        }
        // a bigger budget reaches more people and costs more
        assertThat(plans.get(0).expectedCost()).isLessThan(plans.get(2).expectedCost());
        assertThat(plans.get(0).expectedParticipants()).isLessThan(plans.get(2).expectedParticipants());
    }

    @Test
    void theSameRequestAlwaysGetsTheSamePlans() {
        Situation situation = StoreMother.seoulBeautySalonBeforeChristmas();

        assertThat(new Engine().plan(situation)).isEqualTo(engine.plan(situation));
    }

    @Test
    void anotherStoreObjectiveOrDayGetsOtherPlans() {
        Situation cafe = StoreMother.jejuCafeInSpring();
        PlanSet original = engine.plan(cafe);
        Situation otherStore = new Situation(
                cafe.title(),
                StoreMother.store("카페 동백", "CAFE", "제주특별자치도 제주시 조천읍 1", "제주", "제주시", 9000),
                cafe.objective(),
                cafe.referenceDate());
        Situation otherObjective = new Situation(cafe.title(), cafe.store(), Objective.REVISIT, cafe.referenceDate());
        Situation otherDay = new Situation(cafe.title(), cafe.store(), cafe.objective(), LocalDate.of(2026, 12, 1));

        assertThat(names(engine.plan(otherStore))).isNotEqualTo(names(original));
        assertThat(engine.plan(otherObjective).plans()).isNotEqualTo(original.plans());
        assertThat(types(engine.plan(otherDay))).isNotEqualTo(types(original));
    }

    @Test
    void aBusanRestaurantInAugustPlansForTheSummerAndItsTourists() {
        PlanSet set = engine.plan(StoreMother.busanRestaurantInAugust());
        String all = text(set);

        assertThat(all).contains("휴가").contains("관광");
        assertThat(set.plans())
                .allSatisfy(plan -> assertThat(plan.startDate().getMonthValue()).isEqualTo(8));
        assertThat(set.plans())
                .anySatisfy(plan -> assertThat(plan.recommendedChannels())
                        .contains(com.kt.eventmarketing.contracts.Channel.NAVER_BLOG));
    }

    @Test
    void aSeoulAcademyBeforeSuneungPlansAroundTheExam() {
        PlanSet set = engine.plan(StoreMother.seoulAcademyBeforeSuneung());

        assertThat(set.plans())
                .allSatisfy(plan -> assertThat(plan.eventName() + plan.description() + plan.targetAudience())
                        .contains("수능"));
        assertThat(set.plans()).anySatisfy(plan -> assertThat(plan.endDate()).isEqualTo(LocalDate.of(2026, 11, 18)));
        assertThat(text(set)).doesNotContain("휴가", "크리스마스", "관광");
    }

    @Test
    void aBakeryBeforeSeollalSellsGiftSetsEndingBeforeTheHoliday() {
        PlanSet set = engine.plan(StoreMother.gyeonggiBakeryBeforeSeollal());

        assertThat(set.plans()).anySatisfy(plan -> {
            assertThat(plan.promotionType()).isEqualTo(PromotionType.BUNDLE);
            assertThat(plan.eventName()).contains("설");
            // 설날 2027-02-07: a gift campaign closes two days before, when many stores shut
            assertThat(plan.endDate()).isEqualTo(LocalDate.of(2027, 2, 5));
        });
    }

    @Test
    void aGymInJanuaryRidesTheNewYearResolutions() {
        PlanSet set = engine.plan(StoreMother.daeguFitnessInJanuary());

        assertThat(text(set)).contains("새해");
        assertThat(set.plans()).allSatisfy(plan -> assertThat(plan.startDate()).isBefore(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void anUnknownIndustryAndRegionStillGetPlans() {
        Situation odd = new Situation(
                "odd",
                StoreMother.store("동네 공방", "WORKSHOP", "어딘가 123", null, null, 0),
                Objective.AWARENESS,
                LocalDate.of(2026, 6, 10));
        TrendAnalysis analysis = engine.analyze(odd);
        PlanSet set = engine.plan(analysis);

        assertThat(analysis.request().industry()).isEqualTo(Industry.OTHER);
        assertThat(analysis.spend())
                .isEqualTo(Engine.KNOWLEDGE.industry(Industry.OTHER).typicalSpend());
        assertThat(engine.rules().problems(set.plans(), analysis.request(), analysis.spend()))
                .isEmpty();
    }

    @Test
    void aStrongPastResultChangesTheRanking() {
        Situation situation = StoreMother.busanRestaurantInAugust();
        TrendAnalysis before = engine.analyze(situation);
        Set<PromotionType> chosenBefore = types(engine.plan(before));
        List<String> rankingBefore = engine.planner().ranking(before, BudgetLevel.MEDIUM);
        PromotionType underdog = rankingBefore.stream()
                .map(entry -> PromotionType.valueOf(entry.substring(0, entry.indexOf('/'))))
                .filter(type -> !chosenBefore.contains(type))
                .findFirst()
                .orElseThrow();

        // eight events of that type in the same industry and region drew participants at a tenth of the cost
        Map<PromotionType, PastPerformance.Track> tracks = new EnumMap<>(PromotionType.class);
        tracks.put(
                underdog,
                new PastPerformance.Track(
                        new PastPerformance.Results(8, Math.log(150), 600), PastPerformance.Results.NONE, 8, 0));
        TrendAnalysis after = engine.analyze(situation, new PastPerformance(tracks));
        PlanSet learned = engine.plan(after);

        assertThat(types(learned)).contains(underdog);
        assertThat(rank(engine.planner().ranking(after, BudgetLevel.MEDIUM), underdog))
                .isLessThan(rank(rankingBefore, underdog));
        EventPlan plan = learned.plans().stream()
                .filter(p -> p.promotionType() == underdog)
                .findFirst()
                .orElseThrow();
        assertThat(plan.reasoning()).contains("[실적]", "8건", "실제 참여자당 비용");
        assertThat(after.insights()).anyMatch(insight -> insight.contains("플랫폼 실적") && insight.contains("8건"));
    }

    private static int rank(List<String> ranking, PromotionType type) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).startsWith(type + "/")) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Set<PromotionType> types(PlanSet set) {
        return set.plans().stream().map(EventPlan::promotionType).collect(Collectors.toSet());
    }

    private static List<String> names(PlanSet set) {
        return set.plans().stream().map(EventPlan::eventName).toList();
    }

    private static String text(PlanSet set) {
        return set.plans().stream()
                .map(plan -> plan.eventName() + " " + plan.description() + " " + plan.targetAudience() + " "
                        + plan.reasoning())
                .collect(Collectors.joining(" "));
    }
}
