package com.kt.eventmarketing.ai.recommendation;

import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import java.util.UUID;

/** A recommendation job as stored: the request it answers and where it stands. */
record RecommendationJob(UUID jobId, UUID eventId, Status status, AiRecommendationRequested request) {

    enum Status {
        PROCESSING,
        COMPLETED,
        FAILED
    }
}
