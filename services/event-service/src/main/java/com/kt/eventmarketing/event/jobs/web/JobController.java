package com.kt.eventmarketing.event.jobs.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.JobRetries;
import com.kt.eventmarketing.event.jobs.JobStatusView;
import com.kt.eventmarketing.event.jobs.JobTracking;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** §6 Event: a job's status, and retrying a failed one. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobController {

    private final JobTracking jobs;
    private final JobRetries retries;

    JobController(JobTracking jobs, JobRetries retries) {
        this.jobs = jobs;
        this.retries = retries;
    }

    @GetMapping("/{jobId}")
    JobResponse get(CurrentOwner owner, @PathVariable UUID jobId) {
        return JobResponse.of(jobs.find(owner, jobId));
    }

    /** Sends a failed job's request again as a new job: 202 with the new job. */
    @PostMapping("/{jobId}/retry")
    ResponseEntity<JobAccepted> retry(CurrentOwner owner, @PathVariable UUID jobId) {
        return JobAccepted.of(retries.retry(owner, jobId));
    }

    record JobResponse(
            UUID jobId,
            JobType jobType,
            JobStatus status,
            int progress,
            UUID eventId,
            String message,
            String errorMessage,
            Instant createdAt,
            Instant updatedAt) {

        static JobResponse of(JobStatusView job) {
            return new JobResponse(
                    job.jobId(),
                    job.jobType(),
                    job.status(),
                    job.progress(),
                    job.eventId(),
                    job.message(),
                    job.errorMessage(),
                    job.createdAt(),
                    job.updatedAt());
        }
    }
}
