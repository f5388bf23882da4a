package com.kt.eventmarketing.contracts.distribution;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The fan-out of a published event finished: every chosen channel is SUCCESS or FAILED (channels
 * held back by quiet hours count once they are sent). {@code totalCost} is the sum over the
 * succeeded channels, {@code durationMillis} from the first attempt to the last answer.
 */
public record DistributionCompleted(
        UUID messageId,
        Instant occurredAt,
        UUID eventId,
        UUID storeId,
        List<Channel> succeeded,
        List<Channel> failed,
        long totalCost,
        long durationMillis)
        implements IntegrationEvent {

    public static final String TOPIC = "distribution.completed.v1";

    public static DistributionCompleted of(
            UUID eventId,
            UUID storeId,
            List<Channel> succeeded,
            List<Channel> failed,
            long totalCost,
            long durationMillis) {
        return new DistributionCompleted(
                UUID.randomUUID(),
                Instant.now(),
                eventId,
                storeId,
                List.copyOf(succeeded),
                List.copyOf(failed),
                totalCost,
                durationMillis);
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
