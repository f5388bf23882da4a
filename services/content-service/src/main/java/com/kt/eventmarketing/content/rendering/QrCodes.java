package com.kt.eventmarketing.content.rendering;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * QR codes drawn module by module at a whole number of pixels per module, with the standard quiet
 * zone of four modules: sharp at any size, and decodable from a phone held at the shop window.
 */
final class QrCodes {

    static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /** The modules of the code for the content (error correction M: survives a smudge or glare). */
    static ByteMatrix encode(String content) {
        try {
            QRCode code = Encoder.encode(
                    content,
                    ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            return code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + content, e);
        }
    }

    /** The code centred on the card, as large as whole modules allow. */
    static PlacedQr place(String content, Box card) {
        ByteMatrix matrix = encode(content);
        int modules = matrix.getWidth();
        int moduleSize = (int) Math.floor(Math.min(card.width(), card.height()) / (modules + 2 * QUIET_ZONE));
        if (moduleSize < 2) {
            throw new IllegalStateException("QR card of " + card + " is too small for " + modules + " modules");
        }
        double size = modules * moduleSize;
        double x = Math.round(card.x() + (card.width() - size) / 2);
        double y = Math.round(card.y() + (card.height() - size) / 2);
        return new PlacedQr(card, new Box(x, y, size, size), modules, moduleSize, content);
    }

    static void draw(Graphics2D g, PlacedQr qr, Color dark) {
        ByteMatrix matrix = encode(qr.content());
        Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(dark);
        int x0 = (int) qr.code().x();
        int y0 = (int) qr.code().y();
        int m = qr.moduleSize();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row) == 1) {
                    g.fillRect(x0 + col * m, y0 + row * m, m, m);
                }
            }
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
    }
}
