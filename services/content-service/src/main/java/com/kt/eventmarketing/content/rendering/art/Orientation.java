package com.kt.eventmarketing.content.rendering.art;

import com.kt.eventmarketing.contracts.content.ImagePlatform;

/** The shape of art to ask a generator for; the renderer crops it to the platform's exact size. */
public enum Orientation {
    SQUARE("1024x1024"),
    LANDSCAPE("1536x1024"),
    PORTRAIT("1024x1536");

    private final String size;

    Orientation(String size) {
        this.size = size;
    }

    /** The OpenAI Images API {@code size}. */
    public String size() {
        return size;
    }

    public static Orientation of(ImagePlatform platform) {
        double ratio = (double) platform.width() / platform.height();
        return ratio > 1.2 ? LANDSCAPE : ratio < 0.83 ? PORTRAIT : SQUARE;
    }
}
