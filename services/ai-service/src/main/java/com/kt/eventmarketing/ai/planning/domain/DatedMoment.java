package com.kt.eventmarketing.ai.planning.domain;

import java.time.LocalDate;

/** One occurrence of a calendar moment: its first and last day (the same for a one-day moment). */
public record DatedMoment(String key, LocalDate first, LocalDate last) {

    public boolean singleDay() {
        return first.equals(last);
    }

    /** From when promoting it pays. */
    public LocalDate campaignStart(MomentProfile profile) {
        return first.minusDays(profile.leadDays());
    }

    /** The last day an event for it should run. */
    public LocalDate campaignEnd(MomentProfile profile) {
        return last.plusDays(profile.endOffset());
    }
}
