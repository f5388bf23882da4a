package com.kt.eventmarketing.event.plans.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.event.jobs.web.JobAccepted;
import com.kt.eventmarketing.event.lifecycle.web.EventResponse;
import com.kt.eventmarketing.event.plans.PlanRecommendations;
import com.kt.eventmarketing.event.plans.domain.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** §6 Event: AI plans of an event. */
@RestController
@RequestMapping("/api/v1/events/{eventId}/ai-recommendations")
class PlanController {

    private final PlanRecommendations plans;

    PlanController(PlanRecommendations plans) {
        this.plans = plans;
    }

    /** 202: the plans are being made; follow the job. */
    @PostMapping
    ResponseEntity<JobAccepted> request(CurrentOwner owner, @PathVariable UUID eventId) {
        return JobAccepted.of(plans.request(owner, eventId));
    }

    @GetMapping
    List<PlanResponse> list(CurrentOwner owner, @PathVariable UUID eventId) {
        return plans.list(owner, eventId).stream().map(PlanResponse::of).toList();
    }

    @PutMapping("/{recommendationId}/select")
    EventResponse select(CurrentOwner owner, @PathVariable UUID eventId, @PathVariable UUID recommendationId) {
        return EventResponse.of(plans.select(owner, eventId, recommendationId));
    }

    record PlanResponse(
            UUID recommendationId,
            UUID eventId,
            String eventName,
            String description,
            PromotionType promotionType,
            String targetAudience,
            @JsonProperty("isSelected") boolean isSelected,
            BudgetLevel budgetLevel,
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
            UUID jobId) {

        static PlanResponse of(Plan plan) {
            return new PlanResponse(
                    plan.recommendationId(),
                    plan.eventId(),
                    plan.eventName(),
                    plan.description(),
                    plan.promotionType(),
                    plan.targetAudience(),
                    plan.selected(),
                    plan.budgetLevel(),
                    plan.prize(),
                    plan.prizeCost(),
                    plan.participationMethod(),
                    plan.startDate(),
                    plan.endDate(),
                    plan.recommendedChannels(),
                    plan.expectedParticipants(),
                    plan.expectedCost(),
                    plan.expectedRevenue(),
                    plan.expectedRoi(),
                    plan.reasoning(),
                    plan.source(),
                    plan.jobId());
        }
    }
}
