package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.Palette;
import com.kt.eventmarketing.content.design.domain.Rgb;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * FANCY: rich and festive. A deep radial gradient in the store's colour, a double gold frame with
 * corner ornaments, sparkles and confetti scattered around (never under) the text, a centred
 * headline in cream and the benefit on a notched ribbon.
 */
final class FancyStyle implements PosterStyle {

    @Override
    public Composition compose(Design design) {
        int width = design.width();
        int height = design.height();
        double u = Math.min(width, height);
        Palette p = design.palette();
        Regions regions = Regions.of(
                width,
                height,
                0.11 * u,
                0.22 * u,
                0.05 * u,
                0.045 * u,
                design.layout().qrPosition());
        Rgb ground = p.background();
        Rgb gold = p.accent().readableOn(ground, Rgb.AA_TEXT);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(TextRole.STORE_NAME, design.texts().storeName(), Weight.BOLD, 0.036 * u, 0.024 * u, 1)
                .colours(gold, ground));
        blocks.add(Block.of(TextRole.EVENT_NAME, design.texts().eventName(), Weight.EXTRA_BOLD, 0.11 * u, 0.048 * u, 3)
                .leading(1.15)
                .gapBefore(0.03 * u)
                .colours(p.ink(), ground));
        blocks.add(Block.of(TextRole.BENEFIT, design.texts().benefit(), Weight.BOLD, 0.055 * u, 0.03 * u, 2)
                .gapBefore(0.045 * u)
                .panel(0.06 * u, 0.02 * u)
                .colours(p.onAccent(), p.accent()));
        blocks.add(Block.of(TextRole.PERIOD, design.texts().period(), Weight.REGULAR, 0.034 * u, 0.024 * u, 2)
                .gapBefore(0.04 * u)
                .colours(p.ink(), ground));
        List<PlacedText> texts = new ArrayList<>(
                Column.layout(blocks, regions.text(), design.layout().textAlign(), Column.Vertical.CENTER));
        texts.add(Captions.place(
                design.texts().callToAction(), regions, Weight.BOLD, 0.032 * u, 0.022 * u, p.ink(), ground, 0, 0));
        return new Composition(width, height, texts, QrCodes.place(design.participationUrl(), regions.qr()));
    }

    @Override
    public void paintBackdrop(Graphics2D g, Design design, Composition composition, BufferedImage art) {
        Palette p = design.palette();
        int width = composition.width();
        int height = composition.height();
        double u = Math.min(width, height);
        g.setPaint(new RadialGradientPaint(
                new Point2D.Double(width / 2.0, height * 0.38),
                (float) (Math.max(width, height) * 0.8),
                new float[] {0f, 1f},
                new Color[] {Canvas.color(p.background()), Canvas.color(p.backgroundEnd())}));
        g.fillRect(0, 0, width, height);
        if (art != null) {
            Canvas.cover(g, art, width, height);
            Backdrops.textPanels(g, composition, p.background(), 0.04 * u, 0.03 * u);
        }
        sparkles(g, design, composition, u);
        frame(g, p, width, height, u);
    }

    private static void frame(Graphics2D g, Palette p, int width, int height, double u) {
        g.setColor(Canvas.color(p.accent()));
        double outer = 0.035 * u;
        g.setStroke(new BasicStroke((float) (0.007 * u)));
        g.draw(new Rectangle2D.Double(outer, outer, width - 2 * outer, height - 2 * outer));
        double inner = 0.055 * u;
        g.setStroke(new BasicStroke((float) Math.max(1.5, 0.0025 * u)));
        g.draw(new Rectangle2D.Double(inner, inner, width - 2 * inner, height - 2 * inner));
        double d = 0.022 * u;
        for (double[] corner : new double[][] {
            {inner, inner}, {width - inner, inner}, {inner, height - inner}, {width - inner, height - inner}
        }) {
            g.fill(diamond(corner[0], corner[1], d));
        }
    }

    /** Sparkles and confetti in the free space: placed by a seeded random, so a design always looks the same. */
    private static void sparkles(Graphics2D g, Design design, Composition composition, double u) {
        Palette p = design.palette();
        SplittableRandom random = new SplittableRandom(Seeds.of(design));
        List<Box> keepClear = new ArrayList<>();
        composition.texts().forEach(t -> keepClear.add(t.outer().inflate(0.03 * u, 0.03 * u)));
        keepClear.add(composition.qr().card().inflate(0.03 * u, 0.03 * u));
        Box inside = composition.canvas().deflate(0.075 * u);
        int placed = 0;
        for (int attempt = 0; attempt < 400 && placed < 26; attempt++) {
            double size = u * (0.012 + random.nextDouble() * 0.03);
            double x = inside.x() + random.nextDouble() * inside.width();
            double y = inside.y() + random.nextDouble() * inside.height();
            Box bounds = new Box(x - size, y - size, 2 * size, 2 * size);
            if (!bounds.isInside(inside, 0) || keepClear.stream().anyMatch(bounds::intersects)) {
                continue;
            }
            placed++;
            boolean star = random.nextInt(3) > 0;
            g.setColor(
                    Canvas.color(random.nextBoolean() ? p.accent() : p.decoration(), 0.55 + random.nextDouble() * 0.4));
            g.fill(
                    star
                            ? sparkle(x, y, size)
                            : new Ellipse2D.Double(x - size / 3, y - size / 3, size / 1.5, size / 1.5));
        }
    }

    static Path2D sparkle(double x, double y, double r) {
        Path2D path = new Path2D.Double();
        double w = r * 0.22;
        path.moveTo(x, y - r);
        path.quadTo(x + w * 0.3, y - w * 0.3, x + r, y);
        path.quadTo(x + w * 0.3, y + w * 0.3, x, y + r);
        path.quadTo(x - w * 0.3, y + w * 0.3, x - r, y);
        path.quadTo(x - w * 0.3, y - w * 0.3, x, y - r);
        path.closePath();
        return path;
    }

    private static Path2D diamond(double x, double y, double r) {
        Path2D path = new Path2D.Double();
        path.moveTo(x, y - r);
        path.lineTo(x + r, y);
        path.lineTo(x, y + r);
        path.lineTo(x - r, y);
        path.closePath();
        return path;
    }

    /** The benefit's ribbon: a band with swallow-tail notches cut into both ends. */
    @Override
    public void paintPanel(Graphics2D g, Design design, PlacedText text) {
        Box b = text.panel();
        double notch = Math.min(b.height() * 0.32, b.width() * 0.08);
        Path2D ribbon = new Path2D.Double();
        ribbon.moveTo(b.x(), b.y());
        ribbon.lineTo(b.right(), b.y());
        ribbon.lineTo(b.right() - notch, b.y() + b.height() / 2);
        ribbon.lineTo(b.right(), b.bottom());
        ribbon.lineTo(b.x(), b.bottom());
        ribbon.lineTo(b.x() + notch, b.y() + b.height() / 2);
        ribbon.closePath();
        g.setColor(Canvas.color(design.palette().accent()));
        g.fill(ribbon);
        g.setColor(Canvas.color(design.palette().accent().darker(0.25)));
        g.setStroke(new BasicStroke((float) Math.max(1.5, b.height() * 0.03)));
        double inset = b.height() * 0.1;
        g.draw(new java.awt.geom.Line2D.Double(b.x() + notch, b.y() + inset, b.right() - notch, b.y() + inset));
        g.draw(new java.awt.geom.Line2D.Double(
                b.x() + notch, b.bottom() - inset, b.right() - notch, b.bottom() - inset));
    }

    @Override
    public void paintQrCard(Graphics2D g, Design design, PlacedQr qr) {
        double u = Math.min(design.width(), design.height());
        g.setColor(Canvas.color(Rgb.WHITE));
        g.fill(Canvas.rounded(qr.card(), 0.02 * u));
        g.setColor(Canvas.color(design.palette().accent()));
        g.setStroke(new BasicStroke((float) (0.006 * u)));
        g.draw(Canvas.rounded(qr.card(), 0.02 * u));
    }
}
