package com.kt.eventmarketing.contracts;

import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.analytics.EventResultsMeasured;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import java.util.Map;
import java.util.Optional;

/**
 * Every integration event type and its topic. One topic per event type; a breaking change of a
 * payload gets a new topic version ({@code .v2}) while the old one is still served.
 */
public final class Topics {

    private static final Map<String, Class<? extends IntegrationEvent>> TYPES = Map.ofEntries(
            topic(UserRegistered.TOPIC, UserRegistered.class),
            topic(StoreUpdated.TOPIC, StoreUpdated.class),
            topic(AiRecommendationRequested.TOPIC, AiRecommendationRequested.class),
            topic(AiRecommendationCompleted.TOPIC, AiRecommendationCompleted.class),
            topic(ImageGenerationRequested.TOPIC, ImageGenerationRequested.class),
            topic(ImagesGenerated.TOPIC, ImagesGenerated.class),
            topic(JobProgressed.TOPIC, JobProgressed.class),
            topic(EventPublished.TOPIC, EventPublished.class),
            topic(EventEnded.TOPIC, EventEnded.class),
            topic(EventViewed.TOPIC, EventViewed.class),
            topic(ParticipantRegistered.TOPIC, ParticipantRegistered.class),
            topic(StoreVisitMarked.TOPIC, StoreVisitMarked.class),
            topic(WinnersDrawn.TOPIC, WinnersDrawn.class),
            topic(MarketingConsentChanged.TOPIC, MarketingConsentChanged.class),
            topic(ChannelDistributed.TOPIC, ChannelDistributed.class),
            topic(DistributionCompleted.TOPIC, DistributionCompleted.class),
            topic(EventResultsMeasured.TOPIC, EventResultsMeasured.class));

    private Topics() {}

    private static Map.Entry<String, Class<? extends IntegrationEvent>> topic(
            String topic, Class<? extends IntegrationEvent> type) {
        return Map.entry(topic, type);
    }

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
