package com.kt.eventmarketing.content.jobs;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.error.ProblemException.FieldError;
import com.kt.eventmarketing.content.design.Designs;
import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.DesignEdit;
import com.kt.eventmarketing.content.design.domain.EditOutcome;
import com.kt.eventmarketing.content.images.Images;
import com.kt.eventmarketing.content.images.StoredImage;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts image work: the event service's generation requests and owners' edits. Accepting only
 * records the job and its first progress report (in one transaction); the images are rendered
 * after commit by the {@link RenderJobRunner}, one transaction and one report per image.
 */
@Service
public class ImageJobs {

    private static final Logger log = LoggerFactory.getLogger(ImageJobs.class);

    private final Designs designs;
    private final RenderJobs jobs;
    private final Images images;
    private final JobReports reports;
    private final RenderJobRunner runner;
    private final Clock clock;

    ImageJobs(
            Designs designs, RenderJobs jobs, Images images, JobReports reports, RenderJobRunner runner, Clock clock) {
        this.designs = designs;
        this.jobs = jobs;
        this.images = images;
        this.reports = reports;
        this.runner = runner;
        this.clock = clock;
    }

    /** An edit accepted: the job that renders it and the id the new image will have. */
    public record EditAccepted(UUID jobId, UUID imageId, String imageUrl) {}

    /**
     * A generation request. Idempotent by job: a request for a job already known (redelivered
     * under another message id, or sent twice) renders nothing more.
     */
    @Transactional
    public void on(ImageGenerationRequested request) {
        Optional<String> problem = Designs.problemWith(request);
        if (problem.isPresent()) {
            log.warn("Image generation request for job {} cannot be rendered: {}", request.jobId(), problem.get());
            if (request.jobId() != null && request.eventId() != null) {
                reports.failed(request.jobId(), request.eventId(), 1, problem.get());
            }
            return;
        }
        RenderJob job = new RenderJob(
                request.jobId(),
                request.eventId(),
                request.userId(),
                request.store().storeId(),
                RenderJob.Kind.GENERATION,
                designs.plan(request),
                null,
                1,
                0);
        accept(job);
    }

    /**
     * An owner's edit of one of their store's images: re-rendered as a new image (the old one is
     * kept and becomes its parent). Another store's image is "not found".
     */
    @Transactional
    public EditAccepted edit(UUID userId, UUID storeId, UUID imageId, DesignEdit edit) {
        StoredImage image = images.find(imageId)
                .filter(found -> found.storeId().equals(storeId))
                .orElseThrow(() -> ProblemException.notFound("Image", imageId));
        Design edited = switch (designs.edit(image.design(), edit)) {
            case EditOutcome.Rejected rejected ->
                throw ProblemException.invalid(rejected.problems().stream()
                        .map(p -> new FieldError(p.field(), p.message()))
                        .toList());
            case EditOutcome.Edited done -> done.design();
        };
        UUID jobId = UUID.randomUUID();
        RenderJob job = new RenderJob(
                jobId, image.eventId(), userId, storeId, RenderJob.Kind.EDIT, List.of(edited), imageId, 1, 0);
        accept(job);
        UUID newImageId = RenderJob.imageId(jobId, edited.style(), edited.platform());
        return new EditAccepted(jobId, newImageId, StoredImage.URL_PREFIX + newImageId);
    }

    private void accept(RenderJob job) {
        if (!jobs.insert(job, clock.instant())) {
            log.info("Image job {} is known already; the repeated request is ignored", job.jobId());
            return;
        }
        reports.accepted(job);
        runner.startAfterCommit(job.jobId());
    }
}
