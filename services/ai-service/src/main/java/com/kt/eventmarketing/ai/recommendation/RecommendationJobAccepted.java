package com.kt.eventmarketing.ai.recommendation;

import java.util.UUID;

/**
 * Internal: a recommendation job was accepted and waits to run. Recorded in the event publication
 * registry with the job, so a job whose run was cut short (crash, shutdown) is run again.
 */
public record RecommendationJobAccepted(UUID jobId) {}
