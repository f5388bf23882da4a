package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Rgb;
import com.kt.eventmarketing.content.design.domain.TextAlign;

/** The call to action next to, under or above the QR code: shrunk to fit its region, one line (two in a side column). */
final class Captions {

    private Captions() {}

    static PlacedText place(
            String text,
            Regions regions,
            Weight weight,
            double maxSize,
            double minSize,
            Rgb colour,
            Rgb ground,
            double padX,
            double padY) {
        Box area = regions.caption();
        Block block = Block.of(TextRole.CALL_TO_ACTION, text, weight, maxSize, minSize, regions.captionLines())
                .leading(1.2)
                .panel(padX, padY)
                .colours(colour, ground);
        float size = (float) maxSize;
        FittedText fitted;
        do {
            fitted = TextFitter.fit(
                    text, weight, size, (float) minSize, regions.captionLines(), area.width() - 2 * padX, 1.2);
            size = Math.max((float) minSize, size * 0.94f);
        } while (fitted.height() + 2 * padY > area.height() && fitted.size() > minSize);
        double outerWidth = fitted.width() + 2 * padX;
        double outerHeight = Math.min(area.height(), fitted.height() + 2 * padY);
        TextAlign align;
        if (regions.captionBesideQr()) {
            align = regions.qr().x() > area.x() ? TextAlign.RIGHT : TextAlign.LEFT;
        } else {
            align = TextAlign.CENTER;
        }
        double x = switch (align) {
            case LEFT -> area.x();
            case CENTER -> area.centerX() - outerWidth / 2;
            case RIGHT -> area.right() - outerWidth;
        };
        // beside the QR the line sits on the footer's baseline; under or above it, against the code
        double y = regions.captionBesideQr() || area.y() < regions.qr().y() ? area.bottom() - outerHeight : area.y();
        Box panel = block.hasPanel() ? new Box(x, y, outerWidth, outerHeight) : null;
        Box box = new Box(x + padX, y + (outerHeight - fitted.height()) / 2, fitted.width(), fitted.height());
        return Column.placed(block, fitted, box, panel, align);
    }
}
