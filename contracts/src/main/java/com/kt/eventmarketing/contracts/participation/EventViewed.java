package com.kt.eventmarketing.contracts.participation;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** Someone opened the public page of an open event, arriving through {@code channel}. */
public record EventViewed(UUID messageId, Instant occurredAt, UUID eventId, UUID storeId, EntryChannel channel)
        implements IntegrationEvent {

    public static final String TOPIC = "participation.event-viewed.v1";

    public static EventViewed of(UUID eventId, UUID storeId, EntryChannel channel) {
        return new EventViewed(UUID.randomUUID(), Instant.now(), eventId, storeId, channel);
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
