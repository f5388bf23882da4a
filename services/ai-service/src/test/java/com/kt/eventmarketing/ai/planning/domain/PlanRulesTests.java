package com.kt.eventmarketing.ai.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PlanRulesTests {

    private final Engine engine = new Engine();
    private final TrendAnalysis analysis = engine.analyze(StoreMother.jejuCafeInSpring());
    private final List<EventPlan> valid = engine.plan(analysis).plans();

    @Test
    void acceptsTheBuiltInPlans() {
        assertThat(problems(valid)).isEmpty();
    }

    @Test
    void rejectsAnythingButThreePlansOnePerLevel() {
        assertThat(problems(valid.subList(0, 2))).containsExactly("expected exactly 3 plans, got 2");
        assertThat(problems(change(1, plan -> with(plan, BudgetLevel.LOW, plan.promotionType()))))
                .anyMatch(problem -> problem.contains("LOW, MEDIUM and HIGH once each"));
        assertThat(problems(change(
                        1, plan -> with(plan, plan.budgetLevel(), valid.get(0).promotionType()))))
                .anyMatch(problem -> problem.contains("three different promotion types"));
    }

    @Test
    void rejectsInconsistentOrInsaneNumbers() {
        assertThat(problems(change(0, plan -> numbers(plan, plan.expectedCost(), plan.expectedRevenue(), 9.99))))
                .anyMatch(problem -> problem.contains("expectedRoi must be"));
        assertThat(problems(change(2, plan -> numbers(plan, 9_000_000, 9_000_000, 0.0))))
                .anyMatch(problem -> problem.contains("exceeds the HIGH budget"));
        assertThat(problems(change(
                        1,
                        plan -> numbers(
                                plan,
                                plan.expectedCost(),
                                900_000_000,
                                (900_000_000 - plan.expectedCost()) / (double) plan.expectedCost()))))
                .anyMatch(problem -> problem.contains("out of proportion"));
    }

    @Test
    void rejectsPeriodsBeforeTheReferenceDateAndOverlongTexts() {
        EventPlan early = valid.get(0);
        EventPlan moved = new EventPlan(
                early.budgetLevel(),
                early.eventName(),
                early.description(),
                early.promotionType(),
                "가".repeat(101),
                early.prize(),
                early.prizeCost(),
                early.participationMethod(),
                analysis.request().referenceDate().minusDays(3),
                early.endDate(),
                early.recommendedChannels(),
                early.expectedParticipants(),
                early.expectedCost(),
                early.expectedRevenue(),
                early.expectedRoi(),
                early.reasoning());

        assertThat(problems(change(0, plan -> moved)))
                .anyMatch(problem -> problem.contains("starts before the reference date"))
                .anyMatch(problem -> problem.contains("targetAudience is longer than 100"));
    }

    private List<String> problems(List<EventPlan> plans) {
        return engine.rules().problems(plans, analysis.request(), analysis.spend());
    }

    private List<EventPlan> change(int index, UnaryOperator<EventPlan> change) {
        List<EventPlan> plans = new ArrayList<>(valid);
        plans.set(index, change.apply(plans.get(index)));
        return plans;
    }

    private static EventPlan with(EventPlan p, BudgetLevel level, PromotionType type) {
        return new EventPlan(
                level,
                p.eventName(),
                p.description(),
                type,
                p.targetAudience(),
                p.prize(),
                p.prizeCost(),
                p.participationMethod(),
                p.startDate(),
                p.endDate(),
                p.recommendedChannels(),
                p.expectedParticipants(),
                p.expectedCost(),
                p.expectedRevenue(),
                p.expectedRoi(),
                p.reasoning());
    }

    private static EventPlan numbers(EventPlan p, long cost, long revenue, double roi) {
        return new EventPlan(
                p.budgetLevel(),
                p.eventName(),
                p.description(),
                p.promotionType(),
                p.targetAudience(),
                p.prize(),
                Math.min(p.prizeCost(), cost),
                p.participationMethod(),
                p.startDate(),
                p.endDate(),
                p.recommendedChannels(),
                p.expectedParticipants(),
                cost,
                revenue,
                roi,
                p.reasoning());
    }
}
