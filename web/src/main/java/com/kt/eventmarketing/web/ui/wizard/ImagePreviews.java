package com.kt.eventmarketing.web.ui.wizard;

import com.kt.eventmarketing.web.ui.backend.Backend;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Small previews of the promotional images for the wizard's gallery. The content service serves each image only at
 * its full platform size (up to 2480×3508 for the poster, 40–600 KB); a phone comparing twelve of them needs a few
 * hundred pixels. An image never changes (an edit makes a new one), so a preview is cached for good.
 */
@Controller
class ImagePreviews {

    static final int WIDTH = 360;

    private final Backend backend;

    ImagePreviews(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/app/events/{eventId}/wizard/images/{imageId}/preview.jpg")
    ResponseEntity<byte[]> preview(@PathVariable UUID eventId, @PathVariable UUID imageId) {
        AtomicReference<BufferedImage> original = new AtomicReference<>();
        backend.to(Backend.CONTENT)
                .download(
                        "/api/v1/content/images/{id}",
                        headers -> {},
                        body -> original.set(ImageIO.read(body)),
                        imageId);
        if (original.get() == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .body(jpeg(scaled(original.get(), WIDTH)));
    }

    /** Halves the image until it is near the width (keeps detail a single bilinear step would lose), then fits it. */
    static BufferedImage scaled(BufferedImage image, int width) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() <= width) {
            return draw(current, current.getWidth(), current.getHeight());
        }
        int height = Math.max(1, Math.round((float) current.getHeight() * width / current.getWidth()));
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
