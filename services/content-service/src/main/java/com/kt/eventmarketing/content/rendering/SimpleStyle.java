package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.Palette;
import com.kt.eventmarketing.content.design.domain.Rgb;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * SIMPLE: clean and quiet. A near-white canvas tinted with the store's colour, a hairline frame,
 * generous white space, text set from the top in one column, one short accent bar under the event
 * name, and the benefit in the store's colour.
 */
final class SimpleStyle implements PosterStyle {

    /** Room under the event name for the accent bar. */
    private static final double ACCENT_GAP = 0.07;

    @Override
    public Composition compose(Design design) {
        int width = design.width();
        int height = design.height();
        double u = Math.min(width, height);
        Palette p = design.palette();
        Regions regions = Regions.of(
                width,
                height,
                0.085 * u,
                qrSize(width, height),
                0.055 * u,
                0.05 * u,
                design.layout().qrPosition());
        Rgb ground = p.background();
        Rgb accentInk = p.accentInk(ImageStyle.SIMPLE);
        boolean benefit = !design.texts().benefit().isEmpty();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.of(TextRole.STORE_NAME, design.texts().storeName(), Weight.BOLD, 0.038 * u, 0.026 * u, 1)
                .colours(accentInk, ground));
        blocks.add(Block.of(TextRole.EVENT_NAME, design.texts().eventName(), Weight.EXTRA_BOLD, 0.115 * u, 0.05 * u, 3)
                .leading(1.18)
                .gapBefore(0.035 * u)
                .colours(p.ink(), ground));
        blocks.add(Block.of(TextRole.BENEFIT, design.texts().benefit(), Weight.BOLD, 0.062 * u, 0.032 * u, 2)
                .gapBefore(ACCENT_GAP * u)
                .colours(accentInk, ground));
        blocks.add(Block.of(TextRole.PERIOD, design.texts().period(), Weight.REGULAR, 0.036 * u, 0.024 * u, 2)
                .gapBefore((benefit ? 0.03 : ACCENT_GAP) * u)
                .colours(p.ink(), ground));
        List<PlacedText> texts = new ArrayList<>(
                Column.layout(blocks, regions.text(), design.layout().textAlign(), Column.Vertical.TOP));
        texts.add(Captions.place(
                design.texts().callToAction(), regions, Weight.BOLD, 0.034 * u, 0.022 * u, p.ink(), ground, 0, 0));
        return new Composition(width, height, texts, QrCodes.place(design.participationUrl(), regions.qr()));
    }

    static double qrSize(int width, int height) {
        double u = Math.min(width, height);
        return (double) width / height >= Regions.WIDE ? 0.26 * u : 0.24 * u;
    }

    @Override
    public void paintBackdrop(Graphics2D g, Design design, Composition composition, BufferedImage art) {
        Palette p = design.palette();
        double u = Math.min(composition.width(), composition.height());
        g.setColor(Canvas.color(p.background()));
        g.fillRect(0, 0, composition.width(), composition.height());
        if (art != null) {
            Canvas.cover(g, art, composition.width(), composition.height());
            Backdrops.textPanels(g, composition, p.background(), 0.035 * u, 0.02 * u);
        }
        g.setColor(Canvas.color(p.decoration()));
        g.setStroke(new BasicStroke((float) Math.max(2, 0.004 * u)));
        double inset = 0.04 * u;
        g.draw(new Rectangle2D.Double(inset, inset, composition.width() - 2 * inset, composition.height() - 2 * inset));
        composition.text(TextRole.EVENT_NAME).ifPresent(name -> {
            double barWidth = 0.11 * u;
            double barX = switch (name.align()) {
                case LEFT -> name.box().x();
                case CENTER -> name.box().centerX() - barWidth / 2;
                case RIGHT -> name.box().right() - barWidth;
            };
            g.setColor(Canvas.color(p.accent()));
            g.fill(new Rectangle2D.Double(barX, name.box().bottom() + 0.028 * u, barWidth, 0.012 * u));
        });
    }

    @Override
    public void paintPanel(Graphics2D g, Design design, PlacedText text) {}

    @Override
    public void paintQrCard(Graphics2D g, Design design, PlacedQr qr) {
        double u = Math.min(design.width(), design.height());
        g.setColor(Canvas.color(Rgb.WHITE));
        g.fill(Canvas.rounded(qr.card(), 0.012 * u));
        g.setColor(Canvas.color(design.palette().decoration()));
        g.setStroke(new BasicStroke((float) Math.max(2, 0.003 * u)));
        g.draw(Canvas.rounded(qr.card(), 0.012 * u));
    }
}
