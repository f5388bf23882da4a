package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of a trend analysis that every store of one segment shares — industry, region, objective
 * and season: the calendar moments of the season and the weeks after it with their fit for the
 * segment, and the platform's past results. This is what is cached.
 */
public record SegmentTrends(
        Industry industry,
        String region,
        Objective objective,
        SeasonKey season,
        List<MomentFit> moments,
        PastPerformance past) {

    /** A dated moment and how well it fits the segment (industry fit × objective fit). */
    public record MomentFit(String key, LocalDate first, LocalDate last, double fit) {

        public DatedMoment dated() {
            return new DatedMoment(key, first, last);
        }
    }
}
