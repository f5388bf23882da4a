package com.kt.eventmarketing.contracts.event;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** An event closed: by the owner ({@code MANUAL}) or at its end date ({@code END_DATE}). */
public record EventEnded(UUID messageId, Instant occurredAt, UUID eventId, UUID userId, UUID storeId, String reason)
        implements IntegrationEvent {

    public static final String TOPIC = "event.ended.v1";
    public static final String MANUAL = "MANUAL";
    public static final String END_DATE = "END_DATE";

    public static EventEnded of(UUID eventId, UUID userId, UUID storeId, String reason) {
        return new EventEnded(UUID.randomUUID(), Instant.now(), eventId, userId, storeId, reason);
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
