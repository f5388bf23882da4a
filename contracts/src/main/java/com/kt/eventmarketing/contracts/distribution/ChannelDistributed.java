package com.kt.eventmarketing.contracts.distribution;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * One channel of an event reached a final state for now: {@code SUCCESS} (posted; {@code cost} won
 * spent, {@code estimatedReach} people reached, {@code recipients} messages sent for SMS/EMAIL) or
 * {@code FAILED} after its retries ({@code error} says why; a manual retry may follow with a new
 * message). Analytics takes the latest per event × channel.
 */
public record ChannelDistributed(
        UUID messageId,
        Instant occurredAt,
        UUID eventId,
        UUID storeId,
        Channel channel,
        DistributionStatus status,
        int attempts,
        String externalId,
        String externalUrl,
        long estimatedReach,
        long recipients,
        long cost,
        String error)
        implements IntegrationEvent {

    public static final String TOPIC = "distribution.channel-distributed.v1";

    public static ChannelDistributed of(
            UUID eventId,
            UUID storeId,
            Channel channel,
            DistributionStatus status,
            int attempts,
            String externalId,
            String externalUrl,
            long estimatedReach,
            long recipients,
            long cost,
            String error) {
        return new ChannelDistributed(
                UUID.randomUUID(),
                Instant.now(),
                eventId,
                storeId,
                channel,
                status,
                attempts,
                externalId,
                externalUrl,
                estimatedReach,
                recipients,
                cost,
                error);
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
