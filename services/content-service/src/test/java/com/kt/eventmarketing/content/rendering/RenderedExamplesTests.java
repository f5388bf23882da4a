package com.kt.eventmarketing.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.content.DesignMother;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Writes one image per style × platform to {@code docs/content/} at every build, so a reviewer can
 * look at them (docs/content-images.md shows them). Deterministic: unchanged designs give unchanged
 * files. The print poster is stored at a third of its size to keep the repository small.
 */
class RenderedExamplesTests {

    private static final Path DOCS = Path.of("../../docs/content");

    @Test
    void writesOneExamplePerStyleAndPlatformForTheDocs() throws IOException {
        Files.createDirectories(DOCS);
        PosterRenderer renderer = new PosterRenderer();
        for (ImageStyle style : ImageStyle.values()) {
            for (ImagePlatform platform : ImagePlatform.values()) {
                RenderedPoster poster = renderer.render(DesignMother.cafe(style, platform));
                byte[] png = platform == ImagePlatform.POSTER ? downscaled(poster.png(), 3) : poster.png();
                Path file = DOCS.resolve(
                        style.name().toLowerCase() + "-" + platform.name().toLowerCase() + ".png");
                if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), png)) {
                    Files.write(file, png);
                }
                assertThat(file).exists();
            }
        }
    }

    private static byte[] downscaled(byte[] png, int factor) throws IOException {
        BufferedImage full = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage small =
                new BufferedImage(full.getWidth() / factor, full.getHeight() / factor, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(full, 0, 0, small.getWidth(), small.getHeight(), null);
        g.dispose();
        return PosterRenderer.png(small);
    }
}
