package com.kt.eventmarketing.content.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Korean typeface every image is set in, loaded once from the service's resources. The JDK's
 * logical fonts draw Hangul as empty boxes on a server without Korean fonts, so text is only ever
 * drawn with these loaded fonts, never with a fallback.
 */
public final class PosterFonts {

    /** Measuring and drawing use the same context, so a line measured to fit is drawn to fit. */
    static final FontRenderContext CONTEXT = new FontRenderContext(
            new AffineTransform(), RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private static final Map<Weight, Font> FONTS = load();

    private PosterFonts() {}

    public static Font font(Weight weight, float size) {
        return FONTS.get(weight).deriveFont(size);
    }

    /** The TrueType file of a weight, for embedding in PDFs. */
    public static byte[] trueTypeBytes(Weight weight) {
        try (InputStream in = open(weight)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Weight, Font> load() {
        Map<Weight, Font> fonts = new EnumMap<>(Weight.class);
        for (Weight weight : Weight.values()) {
            try (InputStream in = open(weight)) {
                fonts.put(weight, Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("Font " + weight.file() + " is not a TrueType font", e);
            }
        }
        return fonts;
    }

    private static InputStream open(Weight weight) {
        InputStream in = PosterFonts.class.getResourceAsStream("/fonts/" + weight.file());
        if (in == null) {
            throw new IllegalStateException("Font " + weight.file() + " is missing from the classpath");
        }
        return in;
    }
}
