package com.kt.eventmarketing.contracts;

import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import java.util.Map;
import java.util.Optional;

/**
 * Every integration event type and its topic. One topic per event type; a breaking change of a
 * payload gets a new topic version ({@code .v2}) while the old one is still served.
 */
public final class Topics {

    private static final Map<String, Class<? extends IntegrationEvent>> TYPES = Map.of(
            UserRegistered.TOPIC, UserRegistered.class,
            StoreUpdated.TOPIC, StoreUpdated.class,
            AiRecommendationRequested.TOPIC, AiRecommendationRequested.class,
            AiRecommendationCompleted.TOPIC, AiRecommendationCompleted.class,
            ImageGenerationRequested.TOPIC, ImageGenerationRequested.class,
            ImagesGenerated.TOPIC, ImagesGenerated.class,
            JobProgressed.TOPIC, JobProgressed.class,
            EventPublished.TOPIC, EventPublished.class,
            EventEnded.TOPIC, EventEnded.class);

    private Topics() {}

    /** The payload type carried on a topic. */
    public static Optional<Class<? extends IntegrationEvent>> payloadType(String topic) {
        return Optional.ofNullable(TYPES.get(topic));
    }

    /** All known topics, e.g. to create them up front or to replay them. */
    public static Map<String, Class<? extends IntegrationEvent>> all() {
        return TYPES;
    }

    /** The dead-letter topic where a consumer parks messages it cannot process. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }
}
