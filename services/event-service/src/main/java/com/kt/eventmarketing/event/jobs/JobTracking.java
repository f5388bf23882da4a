package com.kt.eventmarketing.event.jobs;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.domain.Job;
import com.kt.eventmarketing.event.lifecycle.EventLifecycle;
import com.kt.eventmarketing.event.shared.EventServiceProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asynchronous jobs of events: started by the plans and images features, advanced by the working services'
 * {@link JobProgressed} reports, completed when their result is stored, and failed when they fall silent — a job is
 * never left PENDING or PROCESSING for good. Every change is mirrored to {@code job:status:{jobId}} after commit.
 */
@Service
public class JobTracking {

    private static final Logger log = LoggerFactory.getLogger(JobTracking.class);
    private static final int SWEEP_BATCH = 500;

    private final Jobs jobs;
    private final JobStatusCache statuses;
    private final EventLifecycle lifecycle;
    private final Clock clock;
    private final Duration timeout;

    JobTracking(
            Jobs jobs,
            JobStatusCache statuses,
            EventLifecycle lifecycle,
            Clock clock,
            EventServiceProperties properties) {
        this.jobs = jobs;
        this.statuses = statuses;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.timeout = properties.jobs().timeout();
    }

    /** Records a new PENDING job, in the caller's transaction (with the message that asks for the work). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Job start(UUID eventId, UUID storeId, JobType type, String request, UUID retryOf) {
        Job job = Job.pending(UUID.randomUUID(), eventId, storeId, type, request, retryOf, clock.instant());
        jobs.insert(job);
        statuses.writeAfterCommit(job);
        return job;
    }

    /** The event's unfinished job of the type, if one is under way. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Job> active(UUID eventId, JobType type) {
        return jobs.active(eventId, type);
    }

    /** The job, locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Job> lock(UUID jobId) {
        return jobs.lock(jobId);
    }

    /** The job's result is stored ({@code resultKey} says where): COMPLETED unless it already finished. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Job answered(Job job, String resultKey) {
        Job done = job.answered(resultKey, clock.instant());
        jobs.update(done);
        statuses.writeAfterCommit(done);
        return done;
    }

    /**
     * A result arrived for a job: the known job is completed, an unknown one (started at another service, e.g. an
     * image edit) is recorded as completed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answered(UUID jobId, UUID eventId, UUID storeId, JobType type, String resultKey) {
        Optional<Job> known = jobs.lock(jobId);
        if (known.isPresent()) {
            Job job = known.get();
            if (!job.eventId().equals(eventId) || job.type() != type) {
                log.warn(
                        "Ignoring a {} result for job {} of event {}: it is a {} job of event {}",
                        type,
                        jobId,
                        eventId,
                        job.type(),
                        job.eventId());
            } else if (!job.isAnswered()) {
                answered(job, resultKey);
            }
            return;
        }
        Job recorded = Job.firstAnswered(jobId, eventId, storeId, type, resultKey, clock.instant());
        if (jobs.insertIfAbsent(recorded)) {
            statuses.writeAfterCommit(recorded);
        } else {
            jobs.lock(jobId).filter(job -> !job.isAnswered()).ifPresent(job -> answered(job, resultKey));
        }
    }

    /**
     * Applies a progress report if it is newer (by step) than the last one applied and the job has not finished;
     * a duplicate or overtaken report changes nothing. A report of a job not known here (an image edit started at
     * the content service) records the job, if its event exists.
     */
    @Transactional
    public void on(JobProgressed report) {
        Job.Report progress = new Job.Report(
                report.status(), report.progress(), report.step(), report.message(), report.errorMessage());
        Instant now = clock.instant();
        Optional<Job> known = jobs.lock(report.jobId());
        if (known.isEmpty()) {
            Optional<UUID> store = lifecycle.storeOf(report.eventId());
            if (store.isEmpty() || report.jobType() == null) {
                log.warn(
                        "Ignoring progress of unknown job {}: event {} {}",
                        report.jobId(),
                        report.eventId(),
                        store.isEmpty() ? "does not exist" : "report has no job type");
                return;
            }
            Job first =
                    Job.firstReported(report.jobId(), report.eventId(), store.get(), report.jobType(), progress, now);
            if (jobs.insertIfAbsent(first)) {
                statuses.writeAfterCommit(first);
                return;
            }
            known = jobs.lock(report.jobId()); // recorded meanwhile by its result: apply the report to it
        }
        if (known.isPresent() && !known.get().eventId().equals(report.eventId())) {
            log.warn(
                    "Ignoring progress of job {} reported for event {}: the job is event {}'s",
                    report.jobId(),
                    report.eventId(),
                    known.get().eventId());
            return;
        }
        known.flatMap(job -> job.advance(progress, now)).ifPresent(advanced -> {
            jobs.update(advanced);
            statuses.writeAfterCommit(advanced);
        });
    }

    /** The owner's job: from {@code job:status:{jobId}} while it is there, else from PostgreSQL. 404 for another's. */
    public JobStatusView find(CurrentOwner owner, UUID jobId) {
        Optional<JobStatusView> cached = statuses.read(jobId);
        if (cached.isPresent()) {
            return cached.filter(job -> job.storeId().equals(owner.storeId())).orElseThrow(() -> notFound(jobId));
        }
        Job job = jobs.find(jobId)
                .filter(found -> found.storeId().equals(owner.storeId()))
                .orElseThrow(() -> notFound(jobId));
        statuses.write(job);
        return JobStatusView.of(job);
    }

    /** The owner's job, locked; 404 for another store's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Job lockOwned(CurrentOwner owner, UUID jobId) {
        return jobs.lock(jobId)
                .filter(job -> job.storeId().equals(owner.storeId()))
                .orElseThrow(() -> notFound(jobId));
    }

    /** The job that retried a failed one, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Job> retryOf(UUID failedJobId) {
        return jobs.retryOf(failedJobId);
    }

    /**
     * Fails the jobs without any progress for longer than {@code kt.event.jobs.timeout}, with a message saying so.
     *
     * @return the jobs failed by this call
     */
    @Transactional
    public List<Job> failSilentJobs() {
        Instant now = clock.instant();
        List<Job> failed = jobs.failSilentSince(now.minus(timeout), timeoutMessage(), now, SWEEP_BATCH);
        failed.forEach(statuses::writeAfterCommit);
        return failed;
    }

    Duration timeout() {
        return timeout;
    }

    private String timeoutMessage() {
        long minutes = timeout.toMinutes();
        String korean = minutes >= 1 ? minutes + "분" : timeout.toSeconds() + "초";
        return korean + " 동안 진행 소식이 없어 작업을 실패로 처리했습니다. 다시 시도해 주세요. (No progress for "
                + (minutes >= 1 ? minutes + " min" : timeout.toSeconds() + " s")
                + ": the job was marked as failed; please retry.)";
    }

    static ProblemException notFound(UUID jobId) {
        return ProblemException.notFound("Job", jobId);
    }
}
