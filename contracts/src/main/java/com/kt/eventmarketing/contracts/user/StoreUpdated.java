package com.kt.eventmarketing.contracts.user;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import java.time.Instant;
import java.util.UUID;

/** The owner changed their store's profile; carries the store as it is now. */
public record StoreUpdated(UUID messageId, Instant occurredAt, UUID userId, StoreSnapshot store)
        implements IntegrationEvent {

    public static final String TOPIC = "store.updated.v1";

    public static StoreUpdated of(UUID userId, StoreSnapshot store) {
        return new StoreUpdated(UUID.randomUUID(), Instant.now(), userId, store);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return store.storeId().toString();
    }
}
