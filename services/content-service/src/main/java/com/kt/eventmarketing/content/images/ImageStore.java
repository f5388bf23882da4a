package com.kt.eventmarketing.content.images;

import java.util.Optional;

/**
 * Where image bytes live, by key ({@code images/{eventId}/{imageId}.png}). Keys are written once and
 * never changed (a re-render is a new image), which is what lets images be served as immutable.
 */
public interface ImageStore {

    void put(String key, byte[] bytes, String contentType);

    Optional<byte[]> get(String key);

    /** For logs and health: {@code local:/var/data/content}, {@code azure:content-images}. */
    String describe();
}
