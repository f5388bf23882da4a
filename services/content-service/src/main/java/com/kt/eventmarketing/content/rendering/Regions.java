package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.QrPosition;

/**
 * The canvas divided for one image: the text column, the QR card and the call to action next to it.
 * Square and tall images keep the QR in a footer band (in a bottom corner, or centred with the call
 * to action under it); wide images give it a side column. The three never overlap and all keep the
 * margin from the edges.
 */
record Regions(Box text, Box qr, Box caption, boolean captionBesideQr, int captionLines) {

    static final double WIDE = 1.3;

    static Regions of(
            int width,
            int height,
            double margin,
            double qrSize,
            double captionHeight,
            double gap,
            QrPosition position) {
        boolean wide = (double) width / height >= WIDE;
        if (wide) {
            boolean left = position == QrPosition.LEFT;
            double sideX = left ? margin : width - margin - qrSize;
            Box qr = new Box(sideX, height - margin - qrSize, qrSize, qrSize);
            // the side column is narrow: the call to action may take two lines above the code
            double twoLines = captionHeight * 1.7;
            Box caption = new Box(sideX, qr.y() - gap / 2 - twoLines, qrSize, twoLines);
            double textX = left ? margin + qrSize + gap : margin;
            Box text = new Box(textX, margin, width - 2 * margin - qrSize - gap, height - 2 * margin);
            return new Regions(text, qr, caption, false, 2);
        }
        if (position == QrPosition.CENTER) {
            double footer = qrSize + gap / 2 + captionHeight;
            Box qr = new Box((width - qrSize) / 2, height - margin - footer, qrSize, qrSize);
            Box caption = new Box(margin, qr.bottom() + gap / 2, width - 2 * margin, captionHeight);
            Box text = new Box(margin, margin, width - 2 * margin, qr.y() - gap - margin);
            return new Regions(text, qr, caption, false, 1);
        }
        boolean left = position == QrPosition.LEFT;
        double qrX = left ? margin : width - margin - qrSize;
        Box qr = new Box(qrX, height - margin - qrSize, qrSize, qrSize);
        double captionX = left ? qr.right() + gap : margin;
        Box caption = new Box(captionX, qr.bottom() - captionHeight, width - 2 * margin - qrSize - gap, captionHeight);
        Box text = new Box(margin, margin, width - 2 * margin, qr.y() - gap - margin);
        return new Regions(text, qr, caption, true, 1);
    }
}
