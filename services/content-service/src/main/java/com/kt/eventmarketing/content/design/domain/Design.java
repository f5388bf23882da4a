package com.kt.eventmarketing.content.design.domain;

import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.util.UUID;

/**
 * Everything one image is rendered from, so that it can be rendered again (and edited) exactly:
 * the texts, colours and layout, the participation link its QR code carries, and the background
 * art it was composed on ({@code artKey}, or {@code null} for the built-in art).
 */
public record Design(
        UUID eventId,
        String industry,
        ImageStyle style,
        ImagePlatform platform,
        PosterTexts texts,
        Palette palette,
        LayoutOptions layout,
        String participationUrl,
        String artKey) {

    public Design {
        if (eventId == null || style == null || platform == null || texts == null || palette == null) {
            throw new IllegalArgumentException("a design needs its event, style, platform, texts and palette");
        }
        if (layout == null || participationUrl == null || participationUrl.isBlank()) {
            throw new IllegalArgumentException("a design needs its layout and participation link");
        }
    }

    /** A first design of an event in a style and platform: the store's colours, the style's layout. */
    public static Design initial(
            UUID eventId,
            String industry,
            ImageStyle style,
            ImagePlatform platform,
            PosterTexts texts,
            String participationUrl) {
        return new Design(
                eventId,
                industry,
                style,
                platform,
                texts,
                Palettes.derive(industry, texts.storeName(), style),
                LayoutOptions.defaultFor(style),
                participationUrl,
                null);
    }

    public int width() {
        return platform.width();
    }

    public int height() {
        return platform.height();
    }

    public Design withArtKey(String key) {
        return new Design(eventId, industry, style, platform, texts, palette, layout, participationUrl, key);
    }
}
