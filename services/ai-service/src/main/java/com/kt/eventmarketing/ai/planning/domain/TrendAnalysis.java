package com.kt.eventmarketing.ai.planning.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the planners work from for one request: the store, its industry, region and season,
 * the calendar moments ahead ranked by relevance, the weekly rhythm, the platform's past results, and
 * the findings in Korean sentences (shown in the reasoning and given to an LLM as its brief).
 *
 * @param spend the store's average spend, or its industry's typical spend when it gave none
 * @param earliestStart the first day an event can start (a couple of days to prepare)
 */
public record TrendAnalysis(
        PlanRequest request,
        IndustryProfile industry,
        RegionProfile region,
        SeasonKey season,
        SeasonProfile seasonProfile,
        long spend,
        LocalDate earliestStart,
        List<MomentOutlook> moments,
        PastPerformance past,
        List<String> insights) {

    public double seasonDemand() {
        return industry.seasonality(season.season());
    }

    public double tourism() {
        return region.tourism(season.season());
    }

    /** A calendar moment ahead: its profile and dates, how relevant it is now, and days until it. */
    public record MomentOutlook(MomentProfile profile, DatedMoment dated, double relevance, long daysUntil) {

        public LocalDate campaignStart() {
            return dated.campaignStart(profile);
        }

        public LocalDate campaignEnd() {
            return dated.campaignEnd(profile);
        }
    }
}
