package com.kt.eventmarketing.content.images;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.time.Instant;
import java.util.UUID;

/**
 * A rendered image as recorded: whose it is, what it shows ({@code design}), where its bytes are and
 * their SHA-256 (the ETag). {@code pdf} is set for print posters only.
 */
public record StoredImage(
        UUID imageId,
        UUID eventId,
        UUID userId,
        UUID storeId,
        UUID jobId,
        ImageStyle style,
        ImagePlatform platform,
        int width,
        int height,
        StoredFile png,
        StoredFile pdf,
        Design design,
        String artSource,
        UUID parentImageId,
        Instant createdAt) {

    public static final String URL_PREFIX = "/api/v1/content/images/";

    /** A file of an image in the store. */
    public record StoredFile(String storageKey, String contentType, long byteSize, String sha256) {}

    /** Where the image is served publicly (through the edge). */
    public String url() {
        return URL_PREFIX + imageId;
    }

    public static String pngKey(UUID eventId, UUID imageId) {
        return "images/" + eventId + "/" + imageId + ".png";
    }

    public static String pdfKey(UUID eventId, UUID imageId) {
        return "images/" + eventId + "/" + imageId + ".pdf";
    }
}
