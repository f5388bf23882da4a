package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Rgb;
import com.kt.eventmarketing.content.design.domain.TextAlign;
import java.awt.Font;
import java.util.List;

/**
 * A text block where the layout put it: {@code box} bounds its lines, {@code panel} the filled
 * shape behind it (a ribbon or sticker) or {@code null}; {@code colour} is drawn on {@code ground}.
 */
public record PlacedText(
        TextRole role,
        Box box,
        Box panel,
        List<String> lines,
        List<Double> lineWidths,
        Weight weight,
        float fontSize,
        double lineHeight,
        double ascent,
        TextAlign align,
        Rgb colour,
        Rgb ground,
        boolean truncated) {

    /** The whole area the block takes: its panel if it has one, else its lines. */
    public Box outer() {
        return panel == null ? box : panel;
    }

    public Font font() {
        return PosterFonts.font(weight, fontSize);
    }

    public String text() {
        return String.join(" ", lines);
    }

    /** Left edge of a line, aligned within the box. */
    public double lineX(int line) {
        double slack = box.width() - lineWidths.get(line);
        return switch (align) {
            case LEFT -> box.x();
            case CENTER -> box.x() + slack / 2;
            case RIGHT -> box.x() + slack;
        };
    }

    public double baseline(int line) {
        return box.y() + line * lineHeight + ascent;
    }
}
