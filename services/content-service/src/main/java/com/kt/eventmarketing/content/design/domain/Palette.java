package com.kt.eventmarketing.content.design.domain;

import com.kt.eventmarketing.contracts.content.ImageStyle;

/**
 * The colours of one image. {@code background} is the canvas; {@code backgroundEnd} the far stop of
 * its gradient (equal to it for flat styles); {@code surface} the panels and cards text may sit on;
 * {@code ink} the main text; {@code accent} the highlight (benefit, ribbons, stickers) with
 * {@code onAccent} as text on it; {@code decoration} shapes that never carry text.
 *
 * <p>Whatever text is drawn on whatever ground, the pair reaches WCAG AA (4.5:1): the palette is
 * derived that way and an edit that would break it is rejected.
 */
public record Palette(
        Rgb background, Rgb backgroundEnd, Rgb surface, Rgb ink, Rgb accent, Rgb onAccent, Rgb decoration) {

    /** Where the style draws its main text: on the canvas, or on a surface panel. */
    public static Rgb textGround(ImageStyle style, Palette palette) {
        return style == ImageStyle.TRENDY ? palette.surface : palette.background;
    }

    /** The accent as text on the text ground (SIMPLE writes the benefit in it). */
    public Rgb accentInk(ImageStyle style) {
        return accent.readableOn(textGround(style, this), Rgb.AA_TEXT);
    }

    /** The lowest contrast of the main text against every ground it may be drawn on. */
    public double weakestTextContrast(ImageStyle style) {
        if (style == ImageStyle.TRENDY) {
            return ink.contrastWith(surface);
        }
        return Math.min(ink.contrastWith(background), ink.contrastWith(backgroundEnd));
    }

    /**
     * The far gradient stop: the background moved away from the ink, so the gradient only ever
     * raises the contrast of the text.
     */
    static Rgb gradientEnd(ImageStyle style, Rgb background, Rgb ink) {
        if (style != ImageStyle.FANCY) {
            return background;
        }
        return ink.luminance() > background.luminance() ? background.darker(0.45) : background.lighter(0.45);
    }
}
