package com.kt.eventmarketing.contracts.user;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The owner changed their store's profile; carries the store as it is now. */
public record StoreUpdated(
        UUID messageId,
        Instant occurredAt,
        UUID storeId,
        UUID userId,
        String storeName,
        String industry,
        String address,
        String region,
        long averageSpend)
        implements IntegrationEvent {

    public static final String TOPIC = "store.updated.v1";

    public static StoreUpdated of(
            UUID storeId,
            UUID userId,
            String storeName,
            String industry,
            String address,
            String region,
            long averageSpend) {
        return new StoreUpdated(
                UUID.randomUUID(), Instant.now(), storeId, userId, storeName, industry, address, region, averageSpend);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return storeId.toString();
    }
}
