package com.kt.eventmarketing.analytics.dashboard.domain;

import com.kt.eventmarketing.contracts.distribution.DistributionStatus;

/**
 * One channel of an event: entries and views arriving through it and the latest distribution report
 * ({@code status}, {@code reach}, {@code cost} null until one arrives).
 */
public record ChannelCounters(
        String channel,
        long views,
        long participants,
        long storeVisits,
        DistributionStatus status,
        Long reach,
        Long cost) {

    public boolean reported() {
        return status != null;
    }

    /** Money actually spent on the channel: the cost of its latest report when that is a success. */
    public long spent() {
        return status == DistributionStatus.SUCCESS && cost != null ? cost : 0;
    }

    /** Won per participant, when both are known. */
    public Long costPerParticipant() {
        return status == DistributionStatus.SUCCESS && cost != null && participants > 0
                ? Money.divide(cost, participants)
                : null;
    }
}
