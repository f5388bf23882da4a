package com.kt.eventmarketing.event.lifecycle.web;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.lifecycle.domain.EventStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An event as the API shows it (§6 event), plus the chosen plan and when it was published and ended. */
public record EventResponse(
        UUID eventId,
        UUID userId,
        UUID storeId,
        String eventName,
        String description,
        Objective objective,
        LocalDate startDate,
        LocalDate endDate,
        EventStatus status,
        UUID selectedImageId,
        String selectedImageUrl,
        List<Channel> channels,
        UUID selectedRecommendationId,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant endedAt,
        String endReason) {

    public static EventResponse of(Event event) {
        return new EventResponse(
                event.eventId(),
                event.userId(),
                event.storeId(),
                event.eventName(),
                event.description(),
                event.objective(),
                event.startDate(),
                event.endDate(),
                event.status(),
                event.selectedImageId(),
                event.selectedImageUrl(),
                event.channels(),
                event.selectedRecommendationId(),
                event.createdAt(),
                event.updatedAt(),
                event.publishedAt(),
                event.endedAt(),
                event.endReason());
    }
}
