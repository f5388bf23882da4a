package com.kt.eventmarketing.contracts.event;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The owner asked for event plans. {@code referenceDate} is the day the plans are for (season and
 * calendar moments are read from it), normally the day of the request.
 */
public record AiRecommendationRequested(
        UUID messageId,
        Instant occurredAt,
        UUID jobId,
        UUID eventId,
        UUID userId,
        StoreSnapshot store,
        Objective objective,
        LocalDate referenceDate)
        implements IntegrationEvent {

    public static final String TOPIC = "ai.recommendation-requested.v1";

    public static AiRecommendationRequested of(
            UUID jobId, UUID eventId, UUID userId, StoreSnapshot store, Objective objective, LocalDate referenceDate) {
        return new AiRecommendationRequested(
                UUID.randomUUID(), Instant.now(), jobId, eventId, userId, store, objective, referenceDate);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return eventId.toString();
    }
}
