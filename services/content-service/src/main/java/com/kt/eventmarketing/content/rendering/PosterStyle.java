package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Design;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * One design language: where things go on the canvas ({@link #compose}) and what is drawn around
 * and behind them. The renderer draws the texts and the QR code itself, on top.
 */
interface PosterStyle {

    Composition compose(Design design);

    /** The canvas behind everything: the style's own backdrop, or the art with panels under the text. */
    void paintBackdrop(Graphics2D g, Design design, Composition composition, BufferedImage art);

    /** The ribbon or sticker behind a text block that has a panel. */
    void paintPanel(Graphics2D g, Design design, PlacedText text);

    void paintQrCard(Graphics2D g, Design design, PlacedQr qr);
}
