package com.kt.eventmarketing.ai.planning.domain;

/**
 * Learning from the platform's results: a Bayesian blend, in log space, of the planner's prior
 * expectation of cost per participant with what past events of the same industry and promotion type
 * actually cost. The prior weighs as {@value #PRIOR_WEIGHT} events; an event of the same region as 1,
 * of another region as {@value #ELSEWHERE_WEIGHT}. A few results nudge the estimate; many results
 * dominate it.
 */
public final class Learning {

    static final double PRIOR_WEIGHT = 3.0;
    static final double ELSEWHERE_WEIGHT = 0.4;
    static final double MIN_EFFICIENCY = 0.5;
    static final double MAX_EFFICIENCY = 2.0;

    private Learning() {}

    /**
     * How much more efficient than expected this promotion type has been: prior cost per participant
     * ÷ blended cost per participant (2 = half the cost per participant expected), within [0.5, 2].
     */
    public static double efficiency(PastPerformance.Track track, double priorCostPerParticipant) {
        if (track.results() == 0 || priorCostPerParticipant <= 0) {
            return 1.0;
        }
        double priorLog = Math.log(priorCostPerParticipant);
        double hereWeight = track.here().events();
        double elsewhereWeight = track.elsewhere().events() * ELSEWHERE_WEIGHT;
        double blendedLog = (PRIOR_WEIGHT * priorLog
                        + hereWeight * track.here().meanLogCostPerParticipant()
                        + elsewhereWeight * track.elsewhere().meanLogCostPerParticipant())
                / (PRIOR_WEIGHT + hereWeight + elsewhereWeight);
        return clamp(Math.exp(priorLog - blendedLog), MIN_EFFICIENCY, MAX_EFFICIENCY);
    }

    /** Owners of the same industry and region chose this type before: a small boost, at most +15 %. */
    public static double adoption(PastPerformance.Track track) {
        return 1 + 0.03 * Math.min(track.publishedHere(), 5);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
