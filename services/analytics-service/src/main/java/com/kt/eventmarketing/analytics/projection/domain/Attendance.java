package com.kt.eventmarketing.analytics.projection.domain;

import java.time.Instant;

/**
 * What the analytics service knows of one participant: whether their entry arrived, whether the
 * owner marked them as visiting the store and when. Messages of the two facts travel on different
 * topics and may arrive in any order, more than once; the figures must come out the same.
 *
 * @param registered the entry (ParticipantRegistered) arrived
 * @param visited the latest store-visit mark says visited
 * @param visitAsOf when the owner made the latest mark, or {@code null} if none arrived
 */
public record Attendance(boolean registered, boolean visited, Instant visitAsOf) {

    /** Nothing arrived yet. */
    public static Attendance unknown() {
        return new Attendance(false, false, null);
    }

    /** The outcome of applying a store-visit mark made at {@code at}. */
    public sealed interface VisitOutcome {

        /** The store-visit counter changes by {@code delta} (+1, −1 or 0 while the entry is missing). */
        record Applied(Attendance now, int delta) implements VisitOutcome {}

        /** An older mark than the one already applied: the later one stands. */
        record Superseded() implements VisitOutcome {}
    }

    /**
     * Applies a mark: the latest mark (by the owner's time) wins whatever the arrival order; of two
     * marks at the same instant, "visited" wins, so every order of arrival gives the same result. The
     * counter counts only registered participants: a visit whose entry has not arrived yet is kept
     * and counted when the entry arrives.
     */
    public VisitOutcome mark(boolean visit, Instant at) {
        if (visitAsOf != null && (at.isBefore(visitAsOf) || (at.equals(visitAsOf) && (visited || !visit)))) {
            return new VisitOutcome.Superseded();
        }
        int delta = registered && visit != visited ? (visit ? 1 : -1) : 0;
        return new VisitOutcome.Applied(new Attendance(registered, visit, at), delta);
    }

    /** The store-visit counter's change when the entry itself arrives. */
    public int visitsCountedOnRegistration() {
        return !registered && visited ? 1 : 0;
    }
}
