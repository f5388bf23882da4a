package com.kt.eventmarketing.contracts.user;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An owner signed up with their store. Carries what other services need about the store (industry,
 * region, average spend for ROI); no contact data of the owner.
 */
public record UserRegistered(
        UUID messageId,
        Instant occurredAt,
        UUID userId,
        UUID storeId,
        String storeName,
        String industry,
        String region,
        long averageSpend)
        implements IntegrationEvent {

    public static final String TOPIC = "user.registered.v1";

    public static UserRegistered of(
            UUID userId, UUID storeId, String storeName, String industry, String region, long averageSpend) {
        return new UserRegistered(
                UUID.randomUUID(), Instant.now(), userId, storeId, storeName, industry, region, averageSpend);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return userId.toString();
    }
}
