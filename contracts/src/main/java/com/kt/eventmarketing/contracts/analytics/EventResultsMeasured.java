package com.kt.eventmarketing.contracts.analytics;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The final figures of an ended event, as analytics measured them: what the AI service learns from
 * (cost per participant by segment and promotion type). Sent again, with a new {@code messageId},
 * if late messages change the figures after the event ended; the latest one counts.
 */
public record EventResultsMeasured(
        UUID messageId,
        Instant occurredAt,
        UUID eventId,
        UUID storeId,
        long views,
        long participants,
        long storeVisits,
        long totalCost,
        long expectedRevenue)
        implements IntegrationEvent {

    public static final String TOPIC = "analytics.event-results-measured.v1";

    public static EventResultsMeasured of(
            UUID eventId,
            UUID storeId,
            long views,
            long participants,
            long storeVisits,
            long totalCost,
            long expectedRevenue) {
        return new EventResultsMeasured(
                UUID.randomUUID(),
                Instant.now(),
                eventId,
                storeId,
                views,
                participants,
                storeVisits,
                totalCost,
                expectedRevenue);
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
