package com.kt.eventmarketing.participation.events.domain;

import java.time.LocalDate;

/** When an event takes entries: from its start date to its end date inclusive (the owner's calendar), until it ends. */
public record EventWindow(LocalDate startDate, LocalDate endDate, boolean ended) {

    public enum Openness {
        OPEN,
        NOT_STARTED,
        CLOSED,
        ENDED
    }

    public Openness on(LocalDate today) {
        if (ended) {
            return Openness.ENDED;
        }
        if (startDate != null && today.isBefore(startDate)) {
            return Openness.NOT_STARTED;
        }
        if (endDate != null && today.isAfter(endDate)) {
            return Openness.CLOSED;
        }
        return Openness.OPEN;
    }

    /** Entries are frozen: the event ended or its last day is over. Draws need this (commit–reveal). */
    public boolean entriesFrozen(LocalDate today) {
        Openness openness = on(today);
        return openness == Openness.ENDED || openness == Openness.CLOSED;
    }
}
