package com.kt.eventmarketing.event.jobs;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.domain.Job;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retrying a failed job: its request is sent again as a new job (the failed one stays on record, FAILED, and the new
 * one names it in {@code retry_of}). A new id keeps late reports of the failed attempt from touching the new one.
 * A failed job is retried once; asking again answers 409 with the job that retried it.
 */
@Service
public class JobRetries {

    private final JobTracking jobs;
    private final Map<JobType, JobRestarter> restarters = new EnumMap<>(JobType.class);

    JobRetries(JobTracking jobs, List<JobRestarter> restarters) {
        this.jobs = jobs;
        restarters.forEach(restarter -> this.restarters.put(restarter.type(), restarter));
    }

    @Transactional
    public Job retry(CurrentOwner owner, UUID jobId) {
        Job failed = jobs.lockOwned(owner, jobId);
        if (failed.status() != JobStatus.FAILED) {
            throw ProblemException.conflict(
                    "job-not-failed",
                    "Job " + jobId + " is " + failed.status() + ": only a failed job can be retried.",
                    Map.of("status", failed.status().name()));
        }
        Optional<Job> retried = jobs.retryOf(jobId);
        if (retried.isPresent()) {
            throw ProblemException.conflict(
                    "job-already-retried",
                    "Job " + jobId + " was already retried as job "
                            + retried.get().jobId() + ".",
                    Map.of("retryJobId", retried.get().jobId().toString()));
        }
        JobRestarter restarter = restarters.get(failed.type());
        if (restarter == null) {
            throw notRetriable(failed);
        }
        return restarter.restart(owner, failed);
    }

    public static ProblemException notRetriable(Job job) {
        return ProblemException.conflict(
                "job-not-retriable",
                "Job " + job.jobId() + " was not started here (an image edit at the content service):"
                        + " ask for the work again instead.");
    }
}
