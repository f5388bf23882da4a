package com.kt.eventmarketing.event.jobs;

import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.domain.Job;
import java.time.Instant;
import java.util.UUID;

/** What an owner sees of a job (§6 job), as {@code job:status:{jobId}} or PostgreSQL holds it. */
public record JobStatusView(
        UUID jobId,
        JobType jobType,
        JobStatus status,
        int progress,
        UUID eventId,
        UUID storeId,
        String message,
        String errorMessage,
        Instant createdAt,
        Instant updatedAt) {

    static JobStatusView of(Job job) {
        return new JobStatusView(
                job.jobId(),
                job.type(),
                job.status(),
                job.progress(),
                job.eventId(),
                job.storeId(),
                job.message(),
                job.errorMessage(),
                job.createdAt(),
                job.updatedAt());
    }
}
