package com.kt.eventmarketing.content.rendering;

import java.awt.image.BufferedImage;

/** Checks of rendered images other test packages use. */
public final class PosterRendererTestSupport {

    private PosterRendererTestSupport() {}

    /** The text of the QR code in the image; fails when there is none or it cannot be read. */
    public static String decodeQr(BufferedImage image) throws Exception {
        return PosterRendererTests.decodeQr(image);
    }
}
