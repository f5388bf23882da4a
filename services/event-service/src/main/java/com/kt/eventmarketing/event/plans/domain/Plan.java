package com.kt.eventmarketing.event.plans.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.event.lifecycle.domain.PlanChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An AI-proposed event plan offered to the owner of an event ({@code ai_recommendations} of the ERD). */
public record Plan(
        UUID recommendationId,
        UUID eventId,
        UUID jobId,
        BudgetLevel budgetLevel,
        String eventName,
        String description,
        PromotionType promotionType,
        String targetAudience,
        String prize,
        long prizeCost,
        String participationMethod,
        LocalDate startDate,
        LocalDate endDate,
        List<Channel> recommendedChannels,
        long expectedParticipants,
        long expectedCost,
        long expectedRevenue,
        double expectedRoi,
        String reasoning,
        String source,
        boolean selected,
        Instant createdAt,
        Instant updatedAt) {

    public Plan {
        recommendedChannels = recommendedChannels == null ? List.of() : List.copyOf(recommendedChannels);
    }

    /** What choosing this plan writes into the event. */
    public PlanChoice choice() {
        return new PlanChoice(recommendationId, eventName, description, startDate, endDate, recommendedChannels);
    }

    /** The plan as the integration events carry it. */
    public EventPlan toEventPlan() {
        return new EventPlan(
                budgetLevel,
                eventName,
                description,
                promotionType,
                targetAudience,
                prize,
                prizeCost,
                participationMethod,
                startDate,
                endDate,
                recommendedChannels,
                expectedParticipants,
                expectedCost,
                expectedRevenue,
                expectedRoi,
                reasoning);
    }
}
