package com.kt.eventmarketing.contracts.event;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The owner asked for promotional images of an event: one per style × platform, carrying the event
 * name, benefit, period and store, with a QR code to the event's public page.
 */
public record ImageGenerationRequested(
        UUID messageId,
        Instant occurredAt,
        UUID jobId,
        UUID eventId,
        UUID userId,
        StoreSnapshot store,
        String eventName,
        String benefit,
        LocalDate startDate,
        LocalDate endDate,
        List<ImageStyle> styles,
        List<ImagePlatform> platforms)
        implements IntegrationEvent {

    public static final String TOPIC = "content.image-generation-requested.v1";

    public static ImageGenerationRequested of(
            UUID jobId,
            UUID eventId,
            UUID userId,
            StoreSnapshot store,
            String eventName,
            String benefit,
            LocalDate startDate,
            LocalDate endDate,
            List<ImageStyle> styles,
            List<ImagePlatform> platforms) {
        return new ImageGenerationRequested(
                UUID.randomUUID(),
                Instant.now(),
                jobId,
                eventId,
                userId,
                store,
                eventName,
                benefit,
                startDate,
                endDate,
                styles,
                platforms);
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
