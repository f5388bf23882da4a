package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.Palette;
import com.kt.eventmarketing.content.design.domain.Rgb;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * TRENDY: bold and geometric. A vivid canvas with an oversized circle, a band of diagonal stripes,
 * a triangle and a dot grid; the text on a white card with a thick outline and a hard offset shadow
 * (the neo-brutalist look of current Korean SNS posters), extra-bold type, the benefit on a sticker.
 */
final class TrendyStyle implements PosterStyle {

    @Override
    public Composition compose(Design design) {
        int width = design.width();
        int height = design.height();
        double u = Math.min(width, height);
        Palette p = design.palette();
        Regions regions = Regions.of(
                width,
                height,
                0.08 * u,
                SimpleStyle.qrSize(width, height),
                0.06 * u,
                0.055 * u,
                design.layout().qrPosition());
        Box inCard = regions.text().deflate(cardPadding(u));
        Rgb ground = p.surface();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(TextRole.STORE_NAME, design.texts().storeName(), Weight.BOLD, 0.034 * u, 0.024 * u, 1)
                .colours(p.ink(), ground));
        blocks.add(Block.of(TextRole.EVENT_NAME, design.texts().eventName(), Weight.EXTRA_BOLD, 0.125 * u, 0.05 * u, 3)
                .leading(1.1)
                .gapBefore(0.02 * u)
                .colours(p.ink(), ground));
        blocks.add(Block.of(TextRole.BENEFIT, design.texts().benefit(), Weight.EXTRA_BOLD, 0.058 * u, 0.03 * u, 2)
                .gapBefore(0.04 * u)
                .panel(0.03 * u, 0.016 * u)
                .colours(p.onAccent(), p.accent()));
        blocks.add(Block.of(TextRole.PERIOD, design.texts().period(), Weight.BOLD, 0.034 * u, 0.024 * u, 2)
                .gapBefore(0.035 * u)
                .colours(p.ink(), ground));
        List<PlacedText> texts =
                new ArrayList<>(Column.layout(blocks, inCard, design.layout().textAlign(), Column.Vertical.TOP));
        // the call to action is a black pill with the card's colour for text, so it reads on any canvas
        texts.add(Captions.place(
                design.texts().callToAction(),
                regions,
                Weight.BOLD,
                0.03 * u,
                0.02 * u,
                p.surface(),
                p.ink(),
                0.028 * u,
                0.012 * u));
        return new Composition(width, height, texts, QrCodes.place(design.participationUrl(), regions.qr()));
    }

    private static double cardPadding(double u) {
        return 0.045 * u;
    }

    @Override
    public void paintBackdrop(Graphics2D g, Design design, Composition composition, BufferedImage art) {
        Palette p = design.palette();
        int width = composition.width();
        int height = composition.height();
        double u = Math.min(width, height);
        g.setColor(Canvas.color(p.background()));
        g.fillRect(0, 0, width, height);
        if (art != null) {
            Canvas.cover(g, art, width, height);
        } else {
            shapes(g, design, width, height, u);
        }
        card(g, p, textCard(composition, u), u);
    }

    private static void shapes(Graphics2D g, Design design, int width, int height, double u) {
        Palette p = design.palette();
        SplittableRandom random = new SplittableRandom(Seeds.of(design));
        boolean mirrored = random.nextBoolean();
        double cx = mirrored ? width * 0.1 : width * 0.9;
        double r = 0.42 * u;
        g.setColor(Canvas.color(p.decoration()));
        g.fill(new Ellipse2D.Double(cx - r, height * 0.08 - r, 2 * r, 2 * r));

        // a band of diagonal stripes across the lower corner
        g.setColor(Canvas.color(p.surface(), 0.55));
        g.setStroke(new BasicStroke((float) (0.018 * u), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        double step = 0.045 * u;
        Shape clip = g.getClip();
        g.clip(new Ellipse2D.Double(mirrored ? width - 0.5 * u : -0.2 * u, height - 0.45 * u, 0.7 * u, 0.7 * u));
        for (double x = -height; x < width + height; x += step) {
            g.draw(new Line2D.Double(x, height, x + height, 0));
        }
        g.setClip(clip);

        g.setColor(Canvas.color(p.accent()));
        double t = 0.2 * u;
        double tx = mirrored ? 0.12 * u : width - 0.12 * u;
        double ty = height * 0.55;
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(tx, ty - t);
        triangle.lineTo(tx + t * 0.9, ty + t * 0.6);
        triangle.lineTo(tx - t * 0.9, ty + t * 0.6);
        triangle.closePath();
        g.fill(triangle);

        g.setColor(Canvas.color(p.ink(), 0.22));
        double dot = 0.009 * u;
        double gap = 0.035 * u;
        double gx = mirrored ? width - 0.3 * u : 0.06 * u;
        for (int row = 0; row < 6; row++) {
            for (int col = 0; col < 6; col++) {
                g.fill(new Ellipse2D.Double(gx + col * gap, 0.04 * u + row * gap, dot, dot));
            }
        }
    }

    /** The white card under the text: hugs the text blocks, with the style's padding. */
    static Box textCard(Composition composition, double u) {
        Box column = null;
        for (PlacedText text : composition.texts()) {
            if (text.role() != TextRole.CALL_TO_ACTION) {
                column = column == null ? text.outer() : column.union(text.outer());
            }
        }
        return column == null ? null : column.inflate(cardPadding(u), cardPadding(u));
    }

    private static void card(Graphics2D g, Palette p, Box card, double u) {
        if (card == null) {
            return;
        }
        double shadow = 0.018 * u;
        double radius = 0.02 * u;
        g.setColor(Canvas.color(p.ink()));
        g.fill(Canvas.rounded(new Box(card.x() + shadow, card.y() + shadow, card.width(), card.height()), radius));
        g.setColor(Canvas.color(p.surface()));
        g.fill(Canvas.rounded(card, radius));
        g.setColor(Canvas.color(p.ink()));
        g.setStroke(new BasicStroke((float) (0.007 * u)));
        g.draw(Canvas.rounded(card, radius));
    }

    /** The benefit's sticker: the accent colour, outlined, with a small hard shadow. */
    @Override
    public void paintPanel(Graphics2D g, Design design, PlacedText text) {
        Palette p = design.palette();
        Box b = text.panel();
        double u = Math.min(design.width(), design.height());
        double radius = Math.min(b.height() / 2, 0.03 * u);
        if (text.role() == TextRole.CALL_TO_ACTION) {
            g.setColor(Canvas.color(p.ink()));
            g.fill(Canvas.rounded(b, b.height() / 2));
            return;
        }
        double shadow = 0.008 * u;
        g.setColor(Canvas.color(p.ink()));
        g.fill(Canvas.rounded(new Box(b.x() + shadow, b.y() + shadow, b.width(), b.height()), radius));
        g.setColor(Canvas.color(p.accent()));
        g.fill(Canvas.rounded(b, radius));
        g.setColor(Canvas.color(p.ink()));
        g.setStroke(new BasicStroke((float) (0.005 * u)));
        g.draw(Canvas.rounded(b, radius));
    }

    @Override
    public void paintQrCard(Graphics2D g, Design design, PlacedQr qr) {
        Palette p = design.palette();
        double u = Math.min(design.width(), design.height());
        double shadow = 0.014 * u;
        Box card = qr.card();
        g.setColor(Canvas.color(p.ink()));
        g.fill(Canvas.rounded(new Box(card.x() + shadow, card.y() + shadow, card.width(), card.height()), 0.015 * u));
        g.setColor(Canvas.color(Rgb.WHITE));
        g.fill(Canvas.rounded(card, 0.015 * u));
        g.setColor(Canvas.color(p.ink()));
        g.setStroke(new BasicStroke((float) (0.006 * u)));
        g.draw(Canvas.rounded(card, 0.015 * u));
    }
}
