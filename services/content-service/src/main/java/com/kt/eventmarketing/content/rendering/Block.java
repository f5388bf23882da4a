package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Rgb;

/**
 * A text block to lay out: its size range and line budget, the space before it, and, for a block
 * on a ribbon or sticker, the padding of that panel.
 */
record Block(
        TextRole role,
        String text,
        Weight weight,
        float maxSize,
        float minSize,
        int maxLines,
        double leading,
        double gapBefore,
        double padX,
        double padY,
        Rgb colour,
        Rgb ground) {

    static Block of(TextRole role, String text, Weight weight, double maxSize, double minSize, int maxLines) {
        return new Block(role, text, weight, (float) maxSize, (float) minSize, maxLines, 1.25, 0, 0, 0, null, null);
    }

    Block leading(double value) {
        return new Block(role, text, weight, maxSize, minSize, maxLines, value, gapBefore, padX, padY, colour, ground);
    }

    Block gapBefore(double value) {
        return new Block(role, text, weight, maxSize, minSize, maxLines, leading, value, padX, padY, colour, ground);
    }

    Block panel(double x, double y) {
        return new Block(role, text, weight, maxSize, minSize, maxLines, leading, gapBefore, x, y, colour, ground);
    }

    Block colours(Rgb text, Rgb under) {
        return new Block(
                role, this.text, weight, maxSize, minSize, maxLines, leading, gapBefore, padX, padY, text, under);
    }

    Block lines(int value) {
        return new Block(role, text, weight, maxSize, minSize, value, leading, gapBefore, padX, padY, colour, ground);
    }

    boolean hasPanel() {
        return padX > 0 || padY > 0;
    }

    boolean isEmpty() {
        return text == null || text.isBlank();
    }
}
