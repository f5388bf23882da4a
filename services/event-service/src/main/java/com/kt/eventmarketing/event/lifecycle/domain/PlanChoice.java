package com.kt.eventmarketing.event.lifecycle.domain;

import com.kt.eventmarketing.contracts.Channel;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a chosen AI plan writes into the event: its name, description, period and recommended channels. */
public record PlanChoice(
        UUID recommendationId,
        String eventName,
        String description,
        LocalDate startDate,
        LocalDate endDate,
        List<Channel> recommendedChannels) {}
