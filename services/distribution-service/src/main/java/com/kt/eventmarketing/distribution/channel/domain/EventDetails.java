package com.kt.eventmarketing.distribution.channel.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a published event says, as every channel's content is written from it. */
public record EventDetails(
        UUID eventId,
        UUID storeId,
        String storeName,
        String industry,
        String region,
        String district,
        String eventName,
        String description,
        String prize,
        String imageUrl,
        LocalDate startDate,
        LocalDate endDate) {}
