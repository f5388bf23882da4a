package com.kt.eventmarketing.content.rendering;

import java.awt.Font;
import java.util.List;

/**
 * A text set in a size and broken into lines that each fit the width: {@code width} is the widest
 * line, {@code height} all lines at the line height. {@code truncated} when it had to end in "…".
 */
record FittedText(
        List<String> lines,
        Weight weight,
        float size,
        double lineHeight,
        double ascent,
        double width,
        List<Double> lineWidths,
        boolean truncated) {

    double height() {
        return lines.size() * lineHeight;
    }

    Font font() {
        return PosterFonts.font(weight, size);
    }

    /** The baseline of a line, from the top of the text. */
    double baseline(int line) {
        return line * lineHeight + ascent;
    }
}
