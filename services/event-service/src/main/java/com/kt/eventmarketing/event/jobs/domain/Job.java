package com.kt.eventmarketing.event.jobs.domain;

import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An asynchronous piece of work for an event (AI plans, images): PENDING → PROCESSING → COMPLETED or FAILED, never
 * back out of COMPLETED or FAILED. {@code lastStep} is the step of the newest progress report applied, so a report
 * overtaken by a later one changes nothing. {@code resultKey} is set once the result itself (plans, images) is
 * stored: a job can be COMPLETED by a progress report before its result arrives.
 *
 * @param request what was asked, as the requesting feature wrote it (to retry it); {@code null} for a job started
 *     elsewhere (an image edit at the content service)
 * @param retryOf the failed job this one retries
 */
public record Job(
        UUID jobId,
        UUID eventId,
        UUID storeId,
        JobType type,
        JobStatus status,
        int progress,
        int lastStep,
        String message,
        String errorMessage,
        String resultKey,
        Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        String request,
        UUID retryOf) {

    public static final int MAX_MESSAGE_LENGTH = 500;
    static final String FAILED_WITHOUT_REASON = "작업이 실패했습니다. 다시 시도해 주세요. (The job failed; please try again.)";

    public Job {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        progress = Math.clamp(progress, 0, 100);
    }

    /** A job just asked for: PENDING, nothing done yet. */
    public static Job pending(
            UUID jobId, UUID eventId, UUID storeId, JobType type, String request, UUID retryOf, Instant now) {
        return new Job(
                jobId,
                eventId,
                storeId,
                type,
                JobStatus.PENDING,
                0,
                0,
                null,
                null,
                null,
                null,
                now,
                now,
                request,
                retryOf);
    }

    /** A job first heard of through its progress (started by another service): it begins as that report says. */
    public static Job firstReported(UUID jobId, UUID eventId, UUID storeId, JobType type, Report report, Instant now) {
        Job unknown = new Job(
                jobId, eventId, storeId, type, JobStatus.PENDING, 0, 0, null, null, null, null, now, now, null, null);
        return unknown.advance(report, now).orElse(unknown);
    }

    /** A job first heard of through its result (an image edit whose progress has not arrived yet). */
    public static Job firstAnswered(
            UUID jobId, UUID eventId, UUID storeId, JobType type, String resultKey, Instant now) {
        return new Job(
                jobId,
                eventId,
                storeId,
                type,
                JobStatus.COMPLETED,
                100,
                0,
                null,
                null,
                resultKey,
                now,
                now,
                now,
                null,
                null);
    }

    public boolean isFinished() {
        return status.isFinal();
    }

    /** Whether its result (plans, images) has been stored. */
    public boolean isAnswered() {
        return resultKey != null;
    }

    /**
     * The job after a progress report, or empty when the report changes nothing: the job has finished, or the report
     * is not newer (by step) than the last one applied (a duplicate, or one overtaken by a later report).
     */
    public Optional<Job> advance(Report report, Instant now) {
        if (isFinished() || report.step() <= lastStep) {
            return Optional.empty();
        }
        JobStatus next = report.status() == null ? JobStatus.PROCESSING : report.status();
        int nextProgress = next == JobStatus.COMPLETED ? 100 : Math.clamp(report.progress(), 0, 100);
        String error = next == JobStatus.FAILED
                ? clip(
                        report.errorMessage() == null || report.errorMessage().isBlank()
                                ? FAILED_WITHOUT_REASON
                                : report.errorMessage())
                : null;
        String text = report.message() == null ? message : clip(report.message());
        Instant changed = after(now);
        return Optional.of(new Job(
                jobId,
                eventId,
                storeId,
                type,
                next,
                nextProgress,
                report.step(),
                text,
                error,
                resultKey,
                next.isFinal() ? changed : null,
                createdAt,
                changed,
                request,
                retryOf));
    }

    /** The result is stored: COMPLETED at 100 % (unless it already finished), with where the result is. */
    public Job answered(String key, Instant now) {
        JobStatus next = isFinished() ? status : JobStatus.COMPLETED;
        Instant changed = after(now);
        return new Job(
                jobId,
                eventId,
                storeId,
                type,
                next,
                next == JobStatus.COMPLETED ? 100 : progress,
                lastStep,
                message,
                errorMessage,
                key,
                completedAt == null ? changed : completedAt,
                createdAt,
                changed,
                request,
                retryOf);
    }

    /**
     * When a change made at {@code now} is recorded: never before the previous change. Two changes of a job are
     * serialised by its row lock, but each took its clock reading before waiting for the lock, so the later one can
     * carry the earlier time; the status cache keeps only the newest version, and must see the later change as newer.
     */
    private Instant after(Instant now) {
        Instant next = updatedAt.plus(1, ChronoUnit.MICROS);
        return now.isBefore(next) ? next : now;
    }

    /** One progress report of the service doing the work. */
    public record Report(JobStatus status, int progress, int step, String message, String errorMessage) {}

    private static String clip(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= MAX_MESSAGE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_MESSAGE_LENGTH));
    }
}
