package com.kt.eventmarketing.contracts.user;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import java.time.Instant;
import java.util.UUID;

/**
 * An owner signed up with their store. Carries what other services need about the store (industry,
 * region, average spend for ROI); no contact data of the owner.
 */
public record UserRegistered(UUID messageId, Instant occurredAt, UUID userId, StoreSnapshot store)
        implements IntegrationEvent {

    public static final String TOPIC = "user.registered.v1";

    public static UserRegistered of(UUID userId, StoreSnapshot store) {
        return new UserRegistered(UUID.randomUUID(), Instant.now(), userId, store);
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
