package com.kt.eventmarketing.event.jobs;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.domain.Job;

/** Asks again for the work of a failed job of one type, as a new job: implemented by the feature that asked first. */
public interface JobRestarter {

    JobType type();

    /**
     * Sends the request of {@code failed} again as a new job that records it retries {@code failed}, in the
     * caller's transaction. Throws a problem when the work cannot be asked for again (the event is no longer a
     * draft, the job was started elsewhere …).
     */
    Job restart(CurrentOwner owner, Job failed);
}
