package com.kt.eventmarketing.contracts.event;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An event went live: everything distribution (channels, texts, image), participation (public page,
 * period, benefit) and analytics (costs, predictions) need. {@code plan} is the AI plan the owner
 * chose, as edited, or {@code null} when the owner wrote the event without one.
 */
public record EventPublished(
        UUID messageId,
        Instant occurredAt,
        UUID eventId,
        UUID userId,
        StoreSnapshot store,
        String eventName,
        String description,
        Objective objective,
        LocalDate startDate,
        LocalDate endDate,
        List<Channel> channels,
        UUID selectedImageId,
        String selectedImageUrl,
        EventPlan plan)
        implements IntegrationEvent {

    public static final String TOPIC = "event.published.v1";

    public static EventPublished of(
            UUID eventId,
            UUID userId,
            StoreSnapshot store,
            String eventName,
            String description,
            Objective objective,
            LocalDate startDate,
            LocalDate endDate,
            List<Channel> channels,
            UUID selectedImageId,
            String selectedImageUrl,
            EventPlan plan) {
        return new EventPublished(
                UUID.randomUUID(),
                Instant.now(),
                eventId,
                userId,
                store,
                eventName,
                description,
                objective,
                startDate,
                endDate,
                channels,
                selectedImageId,
                selectedImageUrl,
                plan);
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
