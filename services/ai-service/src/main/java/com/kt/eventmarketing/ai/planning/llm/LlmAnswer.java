package com.kt.eventmarketing.ai.planning.llm;

import java.util.List;

/**
 * The structured answer asked of an LLM: three plans. Enumerations and dates are strings here and
 * checked when mapped, so that one bad value is reported as such rather than as unreadable output;
 * ROI is not asked for — it is computed from revenue and cost.
 */
record LlmAnswer(List<Plan> plans) {

    record Plan(
            String budgetLevel,
            String eventName,
            String description,
            String promotionType,
            String targetAudience,
            String prize,
            Long prizeCost,
            String participationMethod,
            String startDate,
            String endDate,
            List<String> recommendedChannels,
            Long expectedParticipants,
            Long expectedCost,
            Long expectedRevenue,
            String reasoning) {}
}
