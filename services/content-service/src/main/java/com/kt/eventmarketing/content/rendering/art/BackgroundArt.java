package com.kt.eventmarketing.content.rendering.art;

import com.kt.eventmarketing.content.design.domain.Design;
import java.util.Optional;

/**
 * The port to an image generator that paints background art. Only the art: the texts and the QR
 * code are always composed by the built-in renderer, so they are exact and readable. An adapter
 * never fails a render: when its generator is slow, failing or switched off it answers empty and
 * the style's own backdrop is used.
 */
public interface BackgroundArt {

    /** The built-in renderer's own backdrops only. */
    BackgroundArt NONE = new BackgroundArt() {
        @Override
        public Optional<byte[]> paint(Design design) {
            return Optional.empty();
        }

        @Override
        public String source() {
            return ArtSource.BUILT_IN;
        }
    };

    /** Art for the design (PNG or JPEG bytes), or empty to fall back to the built-in backdrop. */
    Optional<byte[]> paint(Design design);

    /** What the art of this adapter is recorded as: {@code BUILT_IN}, {@code OPENAI} … */
    String source();

    default boolean isExternal() {
        return !ArtSource.BUILT_IN.equals(source());
    }
}
