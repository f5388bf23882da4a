package com.kt.eventmarketing.content.design.domain;

import com.kt.eventmarketing.contracts.content.ImageStyle;

/** The layout choices an owner can change on an image. */
public record LayoutOptions(TextAlign textAlign, QrPosition qrPosition) {

    public LayoutOptions {
        if (textAlign == null || qrPosition == null) {
            throw new IllegalArgumentException("layout options are required");
        }
    }

    /** Each style's own composition: SIMPLE and TRENDY read from the left, FANCY is centred. */
    public static LayoutOptions defaultFor(ImageStyle style) {
        return switch (style) {
            case SIMPLE -> new LayoutOptions(TextAlign.LEFT, QrPosition.RIGHT);
            case FANCY -> new LayoutOptions(TextAlign.CENTER, QrPosition.CENTER);
            case TRENDY -> new LayoutOptions(TextAlign.LEFT, QrPosition.RIGHT);
        };
    }
}
