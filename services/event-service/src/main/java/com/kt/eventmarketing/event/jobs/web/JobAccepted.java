package com.kt.eventmarketing.event.jobs.web;

import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.domain.Job;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** 202 Accepted for asynchronous work: the job to follow at {@code Location: /api/v1/jobs/{jobId}}. */
public record JobAccepted(UUID jobId, JobType jobType, JobStatus status, UUID eventId) {

    public static ResponseEntity<JobAccepted> of(Job job) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/" + job.jobId()))
                .body(new JobAccepted(job.jobId(), job.type(), job.status(), job.eventId()));
    }
}
