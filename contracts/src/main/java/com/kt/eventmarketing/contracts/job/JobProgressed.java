package com.kt.eventmarketing.contracts.job;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Progress of an asynchronous job, reported by the service doing the work. {@code step} counts the
 * reports of one job (1, 2, …) so the event service can ignore one that arrives after a later one.
 * A job the event service does not know yet (an image edit started at the content service) is
 * created from its first report. {@code message} says in Korean what is happening
 * ("트렌드 분석 중"); {@code errorMessage} why it failed.
 */
public record JobProgressed(
        UUID messageId,
        Instant occurredAt,
        UUID jobId,
        UUID eventId,
        JobType jobType,
        JobStatus status,
        int progress,
        int step,
        String message,
        String errorMessage)
        implements IntegrationEvent {

    public static final String TOPIC = "job.progressed.v1";

    public static JobProgressed of(
            UUID jobId,
            UUID eventId,
            JobType jobType,
            JobStatus status,
            int progress,
            int step,
            String message,
            String errorMessage) {
        return new JobProgressed(
                UUID.randomUUID(),
                Instant.now(),
                jobId,
                eventId,
                jobType,
                status,
                progress,
                step,
                message,
                errorMessage);
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
