package com.kt.eventmarketing.user.account.domain;

import java.util.UUID;

/** The owner's store as the platform knows it: what plans, images and ROI are computed from. */
public record Store(
        UUID storeId,
        String name,
        Industry industry,
        Address address,
        BusinessNumber businessNumber,
        long averageSpend) {

    public static final long MIN_AVERAGE_SPEND = 100;
    public static final long MAX_AVERAGE_SPEND = 10_000_000;

    public Store {
        if (averageSpend < MIN_AVERAGE_SPEND || averageSpend > MAX_AVERAGE_SPEND) {
            throw new IllegalArgumentException("average spend out of range: " + averageSpend);
        }
    }

    /** Whether the change concerns what other services know of the store (and so must be told). */
    public boolean differsFrom(Store other) {
        return !name.equals(other.name)
                || industry != other.industry
                || !address.equals(other.address)
                || averageSpend != other.averageSpend;
    }
}
