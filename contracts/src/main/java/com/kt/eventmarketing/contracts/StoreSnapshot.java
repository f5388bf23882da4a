package com.kt.eventmarketing.contracts;

import java.util.UUID;

/**
 * The store as it was when a message was sent: what plans, images, channels and ROI are computed
 * from. {@code region} is the 시·도 (서울, 부산 …), {@code district} the 시·군·구 or {@code null}.
 */
public record StoreSnapshot(
        UUID storeId,
        String storeName,
        String industry,
        String address,
        String region,
        String district,
        long averageSpend) {}
