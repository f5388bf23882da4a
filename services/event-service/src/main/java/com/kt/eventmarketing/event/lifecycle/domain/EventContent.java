package com.kt.eventmarketing.event.lifecycle.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.List;

/**
 * What the owner writes into a draft. {@code objective} and {@code channels} are kept as they are when {@code null};
 * the other fields are replaced (a {@code null} clears them).
 */
public record EventContent(
        String eventName,
        String description,
        Objective objective,
        LocalDate startDate,
        LocalDate endDate,
        List<Channel> channels) {}
