package com.kt.eventmarketing.contracts.content;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Images rendered for an event, in answer to an image generation request or an edit of one image
 * (then {@code images} holds the new image only; the old one is kept).
 */
public record ImagesGenerated(UUID messageId, Instant occurredAt, UUID jobId, UUID eventId, List<GeneratedImage> images)
        implements IntegrationEvent {

    public static final String TOPIC = "content.images-generated.v1";

    public static ImagesGenerated of(UUID jobId, UUID eventId, List<GeneratedImage> images) {
        return new ImagesGenerated(UUID.randomUUID(), Instant.now(), jobId, eventId, images);
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
