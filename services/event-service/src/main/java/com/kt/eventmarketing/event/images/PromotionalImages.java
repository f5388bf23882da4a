package com.kt.eventmarketing.event.images;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.content.GeneratedImage;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.images.domain.Image;
import com.kt.eventmarketing.event.images.domain.ImageOrder;
import com.kt.eventmarketing.event.jobs.JobRestarter;
import com.kt.eventmarketing.event.jobs.JobRetries;
import com.kt.eventmarketing.event.jobs.JobTracking;
import com.kt.eventmarketing.event.jobs.domain.Job;
import com.kt.eventmarketing.event.lifecycle.EventLifecycle;
import com.kt.eventmarketing.event.lifecycle.SelectedPlans;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.stores.StoreDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Promotional images of a draft: asked for as a job ({@link ImageGenerationRequested}, one image per style ×
 * platform), stored as the content service renders them ({@link ImagesGenerated}, idempotent by image id, also for
 * edits started at the content service), and chosen by the owner: the event keeps the chosen image's id and URL.
 */
@Service
public class PromotionalImages implements JobRestarter {

    private static final Logger log = LoggerFactory.getLogger(PromotionalImages.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Images images;
    private final EventLifecycle lifecycle;
    private final SelectedPlans selectedPlans;
    private final JobTracking jobs;
    private final StoreDirectory stores;
    private final ApplicationEventPublisher messages;

    PromotionalImages(
            Images images,
            EventLifecycle lifecycle,
            SelectedPlans selectedPlans,
            JobTracking jobs,
            StoreDirectory stores,
            ApplicationEventPublisher messages) {
        this.images = images;
        this.lifecycle = lifecycle;
        this.selectedPlans = selectedPlans;
        this.jobs = jobs;
        this.stores = stores;
        this.messages = messages;
    }

    /**
     * Asks the content service for the images of the owner's draft, as a job. The draft needs a name (409 listing
     * what is missing), since every image carries it. While images are being made for the event, the same order
     * joins that job; a different one is refused (409 {@code job-in-progress}).
     */
    @Transactional
    public Job request(CurrentOwner owner, UUID eventId, ImageOrder order) {
        Event event = lifecycle.lockDraft(owner, eventId);
        Optional<Job> running = jobs.active(eventId, JobType.IMAGE_GENERATION);
        if (running.isPresent()) {
            if (order.sameImagesAs(orderOf(running.get()))) {
                return running.get();
            }
            throw inProgress(running.get());
        }
        return ask(owner, event, order, null);
    }

    @Override
    public JobType type() {
        return JobType.IMAGE_GENERATION;
    }

    @Override
    @Transactional
    public Job restart(CurrentOwner owner, Job failed) {
        if (failed.request() == null) {
            throw JobRetries.notRetriable(failed);
        }
        Event event = lifecycle.lockDraft(owner, failed.eventId());
        Optional<Job> running = jobs.active(event.eventId(), JobType.IMAGE_GENERATION);
        if (running.isPresent()) {
            throw inProgress(running.get());
        }
        return ask(owner, event, orderOf(failed), failed.jobId());
    }

    /** The images of the owner's event, oldest first. */
    @Transactional(readOnly = true)
    public List<Image> list(CurrentOwner owner, UUID eventId) {
        lifecycle.get(owner, eventId);
        return images.ofEvent(eventId);
    }

    /**
     * The owner chooses the image that goes out with the event. Choices of one event are serialized by the event's
     * row lock, so concurrent choices leave exactly one selected (the last).
     */
    @Transactional
    public Event select(CurrentOwner owner, UUID eventId, UUID imageId) {
        Event event = lifecycle.lockDraft(owner, eventId);
        Image image = images.find(eventId, imageId).orElseThrow(() -> ProblemException.notFound("Image", imageId));
        images.select(eventId, imageId, lifecycle.now());
        return lifecycle.save(event.selectImage(image.imageId(), image.imageUrl(), lifecycle.now()));
    }

    /**
     * Rendered images: each stored once (by its id), whatever the state of the job — images only add to the
     * gallery, so even a late delivery after a timeout is kept. The job completes (or is recorded, for an edit
     * started at the content service).
     */
    @Transactional
    public void on(ImagesGenerated rendered) {
        Optional<UUID> store = lifecycle.storeOf(rendered.eventId());
        if (store.isEmpty()) {
            log.info("Images of job {} not kept: event {} no longer exists", rendered.jobId(), rendered.eventId());
            return;
        }
        Instant now = lifecycle.now();
        for (GeneratedImage image : rendered.images() == null ? List.<GeneratedImage>of() : rendered.images()) {
            if (!storable(image)) {
                log.warn("Ignoring an image of job {} without id, URL, style or platform", rendered.jobId());
                continue;
            }
            images.insertIfAbsent(new Image(
                    image.imageId(),
                    rendered.eventId(),
                    rendered.jobId(),
                    image.imageUrl(),
                    image.style(),
                    image.platform(),
                    false,
                    now,
                    now));
        }
        if (rendered.jobId() != null) {
            jobs.answered(
                    rendered.jobId(),
                    rendered.eventId(),
                    store.get(),
                    JobType.IMAGE_GENERATION,
                    "event:" + rendered.eventId() + ":images");
        }
    }

    private Job ask(CurrentOwner owner, Event event, ImageOrder order, UUID retryOf) {
        List<String> missing = event.missingForImages();
        if (!missing.isEmpty()) {
            throw ProblemException.conflict(
                    "event-incomplete",
                    "Images carry the event's name: give the event " + String.join(", ", missing) + " first.",
                    Map.of("missing", missing));
        }
        StoreSnapshot store = stores.snapshotOf(event.storeId());
        Job job = jobs.start(event.eventId(), event.storeId(), JobType.IMAGE_GENERATION, write(order), retryOf);
        messages.publishEvent(ImageGenerationRequested.of(
                job.jobId(),
                event.eventId(),
                owner.userId(),
                store,
                event.eventName(),
                benefit(event),
                event.startDate(),
                event.endDate(),
                order.styles(),
                order.platforms()));
        return job;
    }

    /** What participants get: the chosen plan's prize, else the owner's description. */
    private String benefit(Event event) {
        return selectedPlans
                .selectedPlan(event.eventId())
                .map(EventPlan::prize)
                .filter(prize -> !prize.isBlank())
                .orElse(event.description());
    }

    private static boolean storable(GeneratedImage image) {
        return image != null
                && image.imageId() != null
                && image.imageUrl() != null
                && !image.imageUrl().isBlank()
                && image.imageUrl().length() <= Image.MAX_URL_LENGTH
                && image.style() != null
                && image.platform() != null;
    }

    private static String write(ImageOrder order) {
        return JSON.writeValueAsString(order);
    }

    private static ImageOrder orderOf(Job job) {
        if (job.request() == null) {
            return ImageOrder.of(null, null);
        }
        try {
            return JSON.readValue(job.request(), ImageOrder.class);
        } catch (JacksonException unreadable) {
            throw new IllegalStateException("Unreadable image order of job " + job.jobId(), unreadable);
        }
    }

    private static ProblemException inProgress(Job running) {
        return ProblemException.conflict(
                "job-in-progress",
                "Images for this event are being made by job " + running.jobId() + " (" + running.status()
                        + "): follow it, or ask again once it has finished.",
                Map.of("jobId", running.jobId().toString()));
    }
}
