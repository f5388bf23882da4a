package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * The built-in renderer: draws a design with Java2D in its style's design language, at its
 * platform's size, with the Korean typeface shipped with the service and the QR code to the
 * participation page. Deterministic: the same design always gives the same pixels. Thread-safe.
 */
@Component
public class PosterRenderer {

    private static final Color QR_INK = new Color(0x111111);

    private final Map<ImageStyle, PosterStyle> styles = new EnumMap<>(ImageStyle.class);

    public PosterRenderer() {
        styles.put(ImageStyle.SIMPLE, new SimpleStyle());
        styles.put(ImageStyle.FANCY, new FancyStyle());
        styles.put(ImageStyle.TRENDY, new TrendyStyle());
    }

    /** Where every text block and the QR code go, without drawing anything. */
    public Composition compose(Design design) {
        return styles.get(design.style()).compose(design);
    }

    public RenderedPoster render(Design design) {
        return render(design, null);
    }

    /** Renders the design, on generated background art if given ({@code null}: the style's own backdrop). */
    public RenderedPoster render(Design design, BufferedImage art) {
        PosterStyle style = styles.get(design.style());
        Composition composition = style.compose(design);
        BufferedImage image = draw(design, composition, style, art);
        byte[] png = png(image);
        byte[] pdf = design.platform() == ImagePlatform.POSTER ? PosterPdf.of(image, composition) : null;
        return new RenderedPoster(png, pdf, composition.width(), composition.height(), composition);
    }

    /** The image in memory, before encoding. */
    public BufferedImage draw(Design design, BufferedImage art) {
        PosterStyle style = styles.get(design.style());
        return draw(design, style.compose(design), style, art);
    }

    private static BufferedImage draw(Design design, Composition composition, PosterStyle style, BufferedImage art) {
        BufferedImage image = new BufferedImage(composition.width(), composition.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Canvas.hints(g);
            style.paintBackdrop(g, design, composition, art);
            for (PlacedText text : composition.texts()) {
                if (text.panel() != null) {
                    style.paintPanel(g, design, text);
                }
                Canvas.text(g, text);
            }
            style.paintQrCard(g, design, composition.qr());
            QrCodes.draw(g, composition.qr(), QR_INK);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** PNG at a moderate deflate level: a flat-colour poster loses little size and encodes much faster. */
    public static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
