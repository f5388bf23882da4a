package com.kt.eventmarketing.event.jobs;

import com.kt.eventmarketing.event.jobs.domain.Job;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for silent jobs every {@code kt.event.jobs.sweep-interval} and fails them. */
@Component
class JobTimeouts {

    private static final Logger log = LoggerFactory.getLogger(JobTimeouts.class);

    private final JobTracking jobs;

    JobTimeouts(JobTracking jobs) {
        this.jobs = jobs;
    }

    @Scheduled(
            initialDelayString = "${kt.event.jobs.sweep-interval:15s}",
            fixedDelayString = "${kt.event.jobs.sweep-interval:15s}")
    void failSilentJobs() {
        try {
            List<Job> failed;
            do {
                failed = jobs.failSilentJobs();
                failed.forEach(job -> log.info(
                        "Job {} ({}, event {}) failed: no progress for {}",
                        job.jobId(),
                        job.type(),
                        job.eventId(),
                        jobs.timeout()));
            } while (!failed.isEmpty());
        } catch (RuntimeException e) {
            log.warn("Failing silent jobs did not complete: {}", e.toString());
        }
    }
}
