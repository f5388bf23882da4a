package com.kt.eventmarketing.content.jobs;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * A job of images to render: the twelve (or fewer) of a generation request, or the one of an edit.
 * {@code step} counts the progress reports already sent, {@code attempts} the runs started.
 */
record RenderJob(
        UUID jobId,
        UUID eventId,
        UUID userId,
        UUID storeId,
        Kind kind,
        List<Design> designs,
        UUID parentImageId,
        int step,
        int attempts) {

    enum Kind {
        GENERATION,
        EDIT
    }

    RenderJob {
        designs = List.copyOf(designs);
        if (designs.isEmpty()) {
            throw new IllegalArgumentException("a job renders at least one image");
        }
    }

    int total() {
        return designs.size();
    }

    /**
     * The id of the job's image in a style and platform, derived from the job: a job resumed after a
     * crash writes the same image (same id, same file key) instead of an orphan beside it.
     */
    static UUID imageId(UUID jobId, ImageStyle style, ImagePlatform platform) {
        return UUID.nameUUIDFromBytes(
                ("image:" + jobId + ":" + style + ":" + platform).getBytes(StandardCharsets.UTF_8));
    }
}
