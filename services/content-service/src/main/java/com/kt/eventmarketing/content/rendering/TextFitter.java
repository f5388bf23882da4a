package com.kt.eventmarketing.content.rendering;

import java.awt.Font;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a text into a width: wraps it on spaces (Korean words are not broken; a single word wider
 * than the line is broken between syllables), and where it is given a size range and a line budget,
 * shrinks it until it fits; only at the smallest size does it cut the last line with "…".
 */
final class TextFitter {

    static final String ELLIPSIS = "…";

    private TextFitter() {}

    /** The text wrapped at one size, however many lines that takes. */
    static FittedText wrap(String text, Weight weight, float size, double width, double leading) {
        Font font = PosterFonts.font(weight, size);
        List<String> lines = breakLines(text, font, width);
        return measured(lines, weight, size, leading, false);
    }

    /**
     * The largest size from {@code maxSize} down to {@code minSize} at which the text fits in
     * {@code maxLines} lines of {@code width}; at {@code minSize}, the first {@code maxLines} lines
     * with the last one ending in "…".
     */
    static FittedText fit(
            String text, Weight weight, float maxSize, float minSize, int maxLines, double width, double leading) {
        float size = maxSize;
        while (true) {
            FittedText fitted = wrap(text, weight, size, width, leading);
            if (fitted.lines().size() <= maxLines) {
                return fitted;
            }
            if (size <= minSize) {
                return truncate(fitted, maxLines, width);
            }
            size = Math.max(minSize, size * 0.94f);
        }
    }

    /** The first {@code maxLines} lines, the last of them ending in "…" within the width. */
    static FittedText truncate(FittedText fitted, int maxLines, double width) {
        if (fitted.lines().size() <= maxLines) {
            return fitted;
        }
        Font font = fitted.font();
        List<String> lines = new ArrayList<>(fitted.lines().subList(0, Math.max(1, maxLines)));
        int last = lines.size() - 1;
        String kept = lines.get(last);
        while (!kept.isEmpty() && widthOf(kept.strip() + ELLIPSIS, font) > width) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        lines.set(last, kept.strip() + ELLIPSIS);
        return measured(lines, fitted.weight(), fitted.size(), fitted.lineHeight() / fitted.size(), true);
    }

    static double widthOf(String text, Font font) {
        return font.getStringBounds(text, PosterFonts.CONTEXT).getWidth();
    }

    private static FittedText measured(List<String> lines, Weight weight, float size, double leading, boolean cut) {
        Font font = PosterFonts.font(weight, size);
        LineMetrics metrics = font.getLineMetrics("가Ag", PosterFonts.CONTEXT);
        double glyphHeight = metrics.getAscent() + metrics.getDescent();
        // never tighter than the glyphs themselves, so lines of one block cannot touch
        double lineHeight = Math.max(size * leading, glyphHeight);
        double ascent = (lineHeight - glyphHeight) / 2 + metrics.getAscent();
        List<Double> widths = lines.stream().map(line -> widthOf(line, font)).toList();
        double widest = widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return new FittedText(List.copyOf(lines), weight, size, lineHeight, ascent, widest, widths, cut);
    }

    private static List<String> breakLines(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (widthOf(word, font) <= width) {
                line.append(word);
            } else {
                // a word wider than the line: break it between characters, the rest starts the next line
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    String next = line.toString() + Character.toString(cp);
                    if (!line.isEmpty() && widthOf(next, font) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                    i += Character.charCount(cp);
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }
}
