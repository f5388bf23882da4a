package com.kt.eventmarketing.participation.events;

import com.kt.eventmarketing.participation.events.domain.EventWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What this service knows of a marketing event (its projection of EventPublished and EventEnded). */
public record ListedEvent(
        UUID eventId,
        UUID userId,
        UUID storeId,
        String storeName,
        String eventName,
        String description,
        String prize,
        LocalDate startDate,
        LocalDate endDate,
        String imageUrl,
        boolean published,
        boolean ended,
        String seedCommitment,
        Instant endedAt) {

    public EventWindow window() {
        return new EventWindow(startDate, endDate, ended);
    }

    public boolean ownedBy(UUID storeId) {
        return published && this.storeId != null && this.storeId.equals(storeId);
    }

    /** The sequence that numbers this event's entries 1, 2, … without a hot counter row. */
    public String entrySequence() {
        return entrySequenceOf(eventId);
    }

    public static String entrySequenceOf(UUID eventId) {
        return "entry_no_" + eventId.toString().replace("-", "");
    }
}
