package com.kt.eventmarketing.content.jobs;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.images.ImageStore;
import com.kt.eventmarketing.content.rendering.art.ArtSource;
import com.kt.eventmarketing.content.rendering.art.BackgroundArt;
import com.kt.eventmarketing.content.rendering.art.Orientation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The background art of each image of a job. Generated art is kept in the image store and named in
 * the design, so an edit re-renders on the same art; within a job one piece of art serves every
 * platform of the same style and shape (one generator call instead of several).
 */
@Component
class Backgrounds {

    private static final Logger log = LoggerFactory.getLogger(Backgrounds.class);

    /** The design as rendered (with its art key), the art or {@code null}, and what painted it. */
    record Background(Design design, BufferedImage art, String source) {}

    private final BackgroundArt generator;
    private final ImageStore store;

    Backgrounds(BackgroundArt generator, ImageStore store) {
        this.generator = generator;
        this.store = store;
    }

    /**
     * @param paintedInThisRun art keys of this job run: the key, or empty where the generator failed
     *     (not asked again in the same run)
     */
    Background forDesign(Design design, UUID jobId, Map<String, Optional<String>> paintedInThisRun) {
        if (design.artKey() != null) {
            Optional<BufferedImage> art = store.get(design.artKey()).flatMap(Backgrounds::decode);
            return art.map(image -> new Background(design, image, generator.source()))
                    .orElseGet(() -> {
                        log.warn("Art {} of a design is missing; using the built-in backdrop", design.artKey());
                        return new Background(design.withArtKey(null), null, ArtSource.BUILT_IN_FALLBACK);
                    });
        }
        if (!generator.isExternal()) {
            return new Background(design, null, ArtSource.BUILT_IN);
        }
        String key = "art/" + jobId + "/" + design.style() + "-" + Orientation.of(design.platform()) + ".png";
        Optional<String> painted = paintedInThisRun.computeIfAbsent(key, k -> paint(design, k));
        if (painted.isEmpty()) {
            return new Background(design, null, ArtSource.BUILT_IN_FALLBACK);
        }
        return forDesign(design.withArtKey(painted.get()), jobId, paintedInThisRun);
    }

    private Optional<String> paint(Design design, String key) {
        Optional<byte[]> bytes = generator.paint(design);
        if (bytes.isEmpty() || decode(bytes.get()).isEmpty()) {
            return Optional.empty();
        }
        store.put(key, bytes.get(), "image/png");
        return Optional.of(key);
    }

    private static Optional<BufferedImage> decode(byte[] bytes) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
