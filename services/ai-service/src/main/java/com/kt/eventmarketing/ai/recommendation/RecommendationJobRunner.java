package com.kt.eventmarketing.ai.recommendation;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs accepted jobs off the consumer thread, after the acceptance committed. The event publication
 * registry keeps the acceptance until the run returns: a run cut short is resubmitted and picks the
 * job up again.
 */
@Component
class RecommendationJobRunner {

    private final RecommendationJobs jobs;

    RecommendationJobRunner(RecommendationJobs jobs) {
        this.jobs = jobs;
    }

    @Async
    @TransactionalEventListener
    void on(RecommendationJobAccepted accepted) {
        jobs.run(accepted.jobId());
    }
}
