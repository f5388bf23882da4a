package com.kt.eventmarketing.distribution.fanout.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import java.time.Instant;
import java.util.UUID;

/** One event × channel: where its posting stands. */
public record Distribution(
        UUID eventId,
        Channel channel,
        DistributionStatus status,
        int attempts,
        String externalId,
        String externalUrl,
        String lastError,
        Instant scheduledAt,
        String idempotencyKey,
        String contentSummary,
        long estimatedReach,
        long recipients,
        long cost,
        Instant firstAttemptAt,
        Instant finishedAt,
        Instant updatedAt) {

    public boolean isFinal() {
        return status == DistributionStatus.SUCCESS || status == DistributionStatus.FAILED;
    }

    /** Only a failed channel may be retried by hand: a success is done, a pending one is on its way. */
    public RetryDecision retry() {
        return switch (status) {
            case FAILED -> new RetryDecision.Accepted();
            case SUCCESS ->
                new RetryDecision.Refused("already-distributed", channel + " was already distributed successfully.");
            case PENDING, IN_PROGRESS ->
                new RetryDecision.Refused(
                        "distribution-in-progress", channel + " is still being distributed (" + status + ").");
        };
    }

    /** The same key for every attempt of this event × channel: providers that take one never post twice. */
    public static String idempotencyKey(UUID eventId, Channel channel) {
        return eventId + ":" + channel.name();
    }

    /** Whether a manual retry may go ahead, and why not. */
    public sealed interface RetryDecision {
        record Accepted() implements RetryDecision {}

        record Refused(String code, String reason) implements RetryDecision {}
    }
}
