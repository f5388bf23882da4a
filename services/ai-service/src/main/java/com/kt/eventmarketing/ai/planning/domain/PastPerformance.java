package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.PromotionType;
import java.util.Map;

/**
 * How the platform's past events of one industry performed, per promotion type: in the store's own
 * region ({@code here}) and elsewhere. Only ended events whose results are known count as results;
 * published events count as adoption (owners chose that type).
 */
public record PastPerformance(Map<PromotionType, Track> tracks) {

    public static final PastPerformance NONE = new PastPerformance(Map.of());

    public Track track(PromotionType type) {
        return tracks.getOrDefault(type, Track.NONE);
    }

    public boolean isEmpty() {
        return tracks.values().stream().allMatch(track -> track.published() == 0);
    }

    /** Past events of one promotion type. */
    public record Track(Results here, Results elsewhere, int publishedHere, int publishedElsewhere) {

        public static final Track NONE = new Track(Results.NONE, Results.NONE, 0, 0);

        public int published() {
            return publishedHere + publishedElsewhere;
        }

        public int results() {
            return here.events() + elsewhere.events();
        }
    }

    /**
     * Results of ended events: how many, the mean of ln(cost per participant) and mean participants.
     */
    public record Results(int events, double meanLogCostPerParticipant, double meanParticipants) {

        public static final Results NONE = new Results(0, 0, 0);

        /** Geometric mean cost per participant, in won. */
        public double costPerParticipant() {
            return events == 0 ? 0 : Math.exp(meanLogCostPerParticipant);
        }
    }
}
