package com.kt.eventmarketing.event.images.domain;

import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.time.Instant;
import java.util.UUID;

/** A promotional image rendered for an event ({@code generated_images} of the ERD); its id is the content service's. */
public record Image(
        UUID imageId,
        UUID eventId,
        UUID jobId,
        String imageUrl,
        ImageStyle style,
        ImagePlatform platform,
        boolean selected,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_URL_LENGTH = 500;
}
