package com.kt.eventmarketing.contracts.ai;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The AI service's answer to {@link com.kt.eventmarketing.contracts.event.AiRecommendationRequested}:
 * exactly three plans, one per budget level. {@code source} says what made them: {@code BUILT_IN}, or
 * the LLM provider ({@code OPENAI}, {@code ANTHROPIC}, {@code OLLAMA}), or {@code BUILT_IN_FALLBACK}
 * when the configured LLM failed.
 */
public record AiRecommendationCompleted(
        UUID messageId, Instant occurredAt, UUID jobId, UUID eventId, String source, List<EventPlan> plans)
        implements IntegrationEvent {

    public static final String TOPIC = "ai.recommendation-completed.v1";

    public static AiRecommendationCompleted of(UUID jobId, UUID eventId, String source, List<EventPlan> plans) {
        return new AiRecommendationCompleted(UUID.randomUUID(), Instant.now(), jobId, eventId, source, plans);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return eventId.toString();
    }
}
