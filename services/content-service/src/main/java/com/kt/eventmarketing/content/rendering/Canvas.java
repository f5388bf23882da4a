package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Rgb;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Drawing shared by the styles: colours, hints, text lines, cover-fitted art. */
final class Canvas {

    private Canvas() {}

    static Color color(Rgb rgb) {
        return new Color(rgb.value());
    }

    static Color color(Rgb rgb, double alpha) {
        return new Color(rgb.red(), rgb.green(), rgb.blue(), (int) Math.round(Math.clamp(alpha, 0, 1) * 255));
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // grayscale text antialiasing: LCD hints leave colour fringes in an image meant for any screen
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    static void text(Graphics2D g, PlacedText text) {
        g.setFont(text.font());
        g.setColor(color(text.colour()));
        for (int i = 0; i < text.lines().size(); i++) {
            g.drawString(text.lines().get(i), (float) text.lineX(i), (float) text.baseline(i));
        }
    }

    static RoundRectangle2D rounded(Box box, double radius) {
        return new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), radius * 2, radius * 2);
    }

    /** The art scaled to cover the whole canvas, centred, cropped where its proportions differ. */
    static void cover(Graphics2D g, BufferedImage art, int width, int height) {
        double scale = Math.max((double) width / art.getWidth(), (double) height / art.getHeight());
        int w = (int) Math.ceil(art.getWidth() * scale);
        int h = (int) Math.ceil(art.getHeight() * scale);
        g.drawImage(art, (width - w) / 2, (height - h) / 2, w, h, null);
    }
}
