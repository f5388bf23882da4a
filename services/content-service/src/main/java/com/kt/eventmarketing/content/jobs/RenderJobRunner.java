package com.kt.eventmarketing.content.jobs;

import com.kt.eventmarketing.content.ContentProperties;
import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.images.ImageStore;
import com.kt.eventmarketing.content.images.Images;
import com.kt.eventmarketing.content.images.StoredImage;
import com.kt.eventmarketing.content.images.StoredImage.StoredFile;
import com.kt.eventmarketing.content.jobs.Backgrounds.Background;
import com.kt.eventmarketing.content.rendering.PosterRenderer;
import com.kt.eventmarketing.content.rendering.RenderedPoster;
import com.kt.eventmarketing.contracts.content.GeneratedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders the images of jobs on a small pool of threads (rendering is CPU-bound). Each image is
 * rendered and stored outside any transaction, then recorded together with its progress report;
 * the job ends with the images-generated message and its completion in one transaction. A job
 * whose runner stopped (crash, redeploy) is resumed by the sweep once its lease has run out, and
 * skips the images it already has. A job that keeps failing is failed after its attempts, with the
 * reason reported, never left hanging.
 */
@Component
class RenderJobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RenderJobRunner.class);

    private final RenderJobs jobs;
    private final Images images;
    private final ImageStore store;
    private final PosterRenderer renderer;
    private final Backgrounds backgrounds;
    private final JobReports reports;
    private final TransactionTemplate transactions;
    private final ContentProperties.Render settings;
    private final Clock clock;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    private volatile ThreadPoolExecutor workers;
    private volatile ScheduledExecutorService sweeper;

    RenderJobRunner(
            RenderJobs jobs,
            Images images,
            ImageStore store,
            PosterRenderer renderer,
            Backgrounds backgrounds,
            JobReports reports,
            TransactionTemplate transactions,
            ContentProperties properties,
            Clock clock) {
        this.jobs = jobs;
        this.images = images;
        this.store = store;
        this.renderer = renderer;
        this.backgrounds = backgrounds;
        this.reports = reports;
        this.transactions = transactions;
        this.settings = properties.render();
        this.clock = clock;
    }

    /** Starts the job once the transaction that recorded it has committed (else the sweep finds it). */
    void startAfterCommit(UUID jobId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(jobId);
                }
            });
        } else {
            submit(jobId);
        }
    }

    private void submit(UUID jobId) {
        ThreadPoolExecutor pool = workers;
        if (pool == null || !running.add(jobId)) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    run(jobId);
                } finally {
                    running.remove(jobId);
                }
            });
        } catch (RejectedExecutionException e) {
            // the queue is full or the runner is stopping: the job stays in the table for the sweep
            running.remove(jobId);
        }
    }

    /** Runs the job if it is open and nobody else holds it. */
    void run(UUID jobId) {
        Optional<RenderJob> claimed = jobs.claim(jobId, settings.lease(), clock.instant());
        if (claimed.isEmpty()) {
            return;
        }
        RenderJob job = claimed.get();
        try {
            if (job.attempts() > settings.maxAttempts()) {
                fail(job, "이미지 생성을 " + settings.maxAttempts() + "번 시도했지만 완료하지 못했습니다.");
                return;
            }
            render(job);
        } catch (RuntimeException e) {
            log.warn("Image job {} failed on attempt {}", jobId, job.attempts(), e);
            if (job.attempts() >= settings.maxAttempts()) {
                // the owner sees this message: the technical cause stays in the log
                fail(job, "이미지를 만들지 못했습니다. 잠시 후 다시 요청해 주세요.");
            } else {
                Instant now = clock.instant();
                Instant later = now.plus(settings.retryDelay().multipliedBy(job.attempts()));
                jobs.retryAt(jobId, later, e.toString(), now);
            }
        }
    }

    private void render(RenderJob job) {
        Set<String> done = images.ofJob(job.jobId()).stream()
                .map(image -> image.style() + "/" + image.platform())
                .collect(Collectors.toSet());
        int count = done.size();
        Map<String, Optional<String>> art = new HashMap<>();
        for (Design design : job.designs()) {
            if (done.contains(design.style() + "/" + design.platform())) {
                continue;
            }
            StoredImage image = renderAndStore(job, design, art);
            int rendered = ++count;
            transactions.executeWithoutResult(status -> {
                images.insert(image);
                int step = jobs.advance(job.jobId(), rendered, settings.lease(), clock.instant());
                reports.progressed(job, rendered, step);
            });
        }
        transactions.executeWithoutResult(status -> {
            List<GeneratedImage> generated = images.ofJob(job.jobId()).stream()
                    .map(image -> new GeneratedImage(image.imageId(), image.url(), image.style(), image.platform()))
                    .toList();
            int step = jobs.complete(job.jobId(), clock.instant());
            reports.completed(job, generated, step);
        });
        log.info("Image job {} completed: {} image(s) of event {}", job.jobId(), job.total(), job.eventId());
    }

    private StoredImage renderAndStore(RenderJob job, Design planned, Map<String, Optional<String>> art) {
        UUID imageId = RenderJob.imageId(job.jobId(), planned.style(), planned.platform());
        Background background = backgrounds.forDesign(planned, job.jobId(), art);
        RenderedPoster poster = renderer.render(background.design(), background.art());
        StoredFile png = put(StoredImage.pngKey(job.eventId(), imageId), poster.png(), "image/png");
        StoredFile pdf = poster.pdf() == null
                ? null
                : put(StoredImage.pdfKey(job.eventId(), imageId), poster.pdf(), "application/pdf");
        return new StoredImage(
                imageId,
                job.eventId(),
                job.userId(),
                job.storeId(),
                job.jobId(),
                planned.style(),
                planned.platform(),
                poster.width(),
                poster.height(),
                png,
                pdf,
                background.design(),
                background.source(),
                job.parentImageId(),
                clock.instant());
    }

    private StoredFile put(String key, byte[] bytes, String contentType) {
        store.put(key, bytes, contentType);
        return new StoredFile(key, contentType, bytes.length, sha256(bytes));
    }

    private void fail(RenderJob job, String reason) {
        transactions.executeWithoutResult(status -> {
            int step = jobs.fail(job.jobId(), reason, clock.instant());
            reports.failed(job.jobId(), job.eventId(), step, reason);
        });
    }

    /** Looks for open jobs nobody holds: new ones whose start was missed, and those of a stopped runner. */
    void sweep() {
        try {
            jobs.due(clock.instant(), 20).forEach(this::submit);
        } catch (RuntimeException e) {
            log.warn("Looking for open image jobs did not complete: {}", e.toString());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void start() {
        int threads = Math.max(1, settings.threads());
        workers = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(200),
                Thread.ofPlatform().name("image-render-", 1).daemon(true).factory());
        sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("image-job-sweep").daemon(true).factory());
        long every = settings.sweepInterval().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, Math.min(every, 2_000), every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
        if (workers != null) {
            ThreadPoolExecutor pool = workers;
            workers = null;
            pool.shutdown();
            try {
                // an image in progress finishes; queued jobs stay in the table and resume at the next start
                pool.getQueue().clear();
                if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return workers != null;
    }
}
