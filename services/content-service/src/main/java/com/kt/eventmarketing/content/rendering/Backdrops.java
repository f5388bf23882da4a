package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Rgb;
import java.awt.Graphics2D;

/** Backdrop pieces several styles share. */
final class Backdrops {

    private Backdrops() {}

    /**
     * Solid panels under the text when the canvas shows generated art: text on art has no
     * guaranteed contrast, text on its own ground colour does.
     */
    static void textPanels(Graphics2D g, Composition composition, Rgb ground, double pad, double radius) {
        Box column = null;
        for (PlacedText text : composition.texts()) {
            if (text.role() == TextRole.CALL_TO_ACTION) {
                g.setColor(Canvas.color(text.ground()));
                g.fill(Canvas.rounded(text.outer().inflate(pad / 2, pad / 3), radius));
            } else {
                column = column == null ? text.outer() : column.union(text.outer());
            }
        }
        if (column != null) {
            g.setColor(Canvas.color(ground));
            g.fill(Canvas.rounded(column.inflate(pad, pad), radius));
        }
    }
}
