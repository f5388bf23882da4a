package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every set of plans must satisfy before an owner sees it, whoever wrote it: exactly three, one
 * per budget level, three different promotion types, every text present and within the event
 * service's column sizes, a period from the reference date on, channels, and sane, consistent
 * numbers (cost within the level's envelope, prize cost within the cost, ROI = (revenue − cost) /
 * cost).
 */
public final class PlanRules {

    /** An LLM may overshoot a level's envelope by this much before its plan is refused. */
    static final double ENVELOPE_TOLERANCE = 1.25;

    static final int MAX_DAYS = 92;
    static final int MAX_LEAD_DAYS = 120;

    private final KnowledgeBase knowledge;

    public PlanRules(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The problems of a set of plans; empty when it is fit to show. */
    public List<String> problems(List<EventPlan> plans, PlanRequest request, long spend) {
        List<String> problems = new ArrayList<>();
        if (plans == null || plans.size() != 3) {
            problems.add("expected exactly 3 plans, got " + (plans == null ? 0 : plans.size()));
            return problems;
        }
        Set<BudgetLevel> levels = EnumSet.noneOf(BudgetLevel.class);
        Set<Object> types = new HashSet<>();
        for (EventPlan plan : plans) {
            if (plan == null) {
                problems.add("a plan is missing");
                continue;
            }
            String which = "plan " + plan.budgetLevel();
            if (plan.budgetLevel() == null || !levels.add(plan.budgetLevel())) {
                problems.add(which + ": budget levels must be LOW, MEDIUM and HIGH once each");
            }
            if (plan.promotionType() == null || !types.add(plan.promotionType())) {
                problems.add(which + ": the three plans need three different promotion types");
            }
            text(problems, which, "eventName", plan.eventName(), 200);
            text(problems, which, "description", plan.description(), 4000);
            text(problems, which, "targetAudience", plan.targetAudience(), 100);
            text(problems, which, "prize", plan.prize(), 500);
            text(problems, which, "participationMethod", plan.participationMethod(), 1000);
            text(problems, which, "reasoning", plan.reasoning(), 4000);
            period(problems, which, plan.startDate(), plan.endDate(), request.referenceDate());
            if (plan.recommendedChannels() == null
                    || plan.recommendedChannels().isEmpty()
                    || plan.recommendedChannels().stream().anyMatch(java.util.Objects::isNull)
                    || new HashSet<>(plan.recommendedChannels()).size()
                            != plan.recommendedChannels().size()) {
                problems.add(which + ": recommend at least one channel, each once");
            }
            numbers(problems, which, plan, spend);
        }
        if (problems.isEmpty()) {
            long low = cost(plans, BudgetLevel.LOW);
            long high = cost(plans, BudgetLevel.HIGH);
            if (low > high) {
                problems.add("the LOW plan must not cost more than the HIGH plan");
            }
        }
        return problems;
    }

    private void numbers(List<String> problems, String which, EventPlan plan, long spend) {
        if (plan.expectedParticipants() < 1 || plan.expectedParticipants() > 1_000_000) {
            problems.add(which + ": expected participants must be between 1 and 1,000,000");
        }
        if (plan.expectedCost() <= 0 || plan.prizeCost() < 0 || plan.prizeCost() > plan.expectedCost()) {
            problems.add(which + ": cost must be positive and include the prize cost");
        }
        if (plan.budgetLevel() != null && plan.expectedCost() > 0) {
            long envelope = knowledge.budget(plan.budgetLevel()).envelope();
            if (plan.expectedCost() > envelope * ENVELOPE_TOLERANCE) {
                problems.add(which + ": cost " + plan.expectedCost() + " exceeds the " + plan.budgetLevel()
                        + " budget of " + envelope);
            }
        }
        if (plan.expectedRevenue() < 0
                || plan.expectedRevenue() > Math.max(1, plan.expectedParticipants()) * Math.max(spend, 1) * 6) {
            problems.add(which + ": expected revenue is out of proportion to participants and average spend");
        }
        if (plan.expectedCost() > 0) {
            double roi = (plan.expectedRevenue() - plan.expectedCost()) / (double) plan.expectedCost();
            if (Double.isNaN(plan.expectedRoi()) || Math.abs(roi - plan.expectedRoi()) > 0.011) {
                problems.add(
                        which + ": expectedRoi must be (revenue − cost) / cost = " + Math.round(roi * 100) / 100.0);
            }
        }
    }

    private static void period(
            List<String> problems, String which, LocalDate start, LocalDate end, LocalDate reference) {
        if (start == null || end == null) {
            problems.add(which + ": start and end dates are required");
            return;
        }
        if (start.isBefore(reference)) {
            problems.add(which + ": starts before the reference date " + reference);
        }
        if (end.isBefore(start)) {
            problems.add(which + ": ends before it starts");
        } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            problems.add(which + ": lasts more than " + MAX_DAYS + " days");
        }
        if (ChronoUnit.DAYS.between(reference, start) > MAX_LEAD_DAYS) {
            problems.add(which + ": starts more than " + MAX_LEAD_DAYS + " days after the reference date");
        }
    }

    private static void text(List<String> problems, String which, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(which + ": " + field + " is empty");
        } else if (value.length() > max) {
            problems.add(which + ": " + field + " is longer than " + max + " characters");
        }
    }

    private static long cost(List<EventPlan> plans, BudgetLevel level) {
        return plans.stream()
                .filter(plan -> plan.budgetLevel() == level)
                .mapToLong(EventPlan::expectedCost)
                .findFirst()
                .orElse(0);
    }
}
