package com.kt.eventmarketing.contracts.participation;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The owner marked (or unmarked, {@code visited = false}) a participant's visit to the store. */
public record StoreVisitMarked(
        UUID messageId, Instant occurredAt, UUID participantId, UUID eventId, UUID storeId, boolean visited)
        implements IntegrationEvent {

    public static final String TOPIC = "participation.store-visit-marked.v1";

    public static StoreVisitMarked of(UUID participantId, UUID eventId, UUID storeId, boolean visited) {
        return new StoreVisitMarked(UUID.randomUUID(), Instant.now(), participantId, eventId, storeId, visited);
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
