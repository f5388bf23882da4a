package com.kt.eventmarketing.analytics.dashboard.domain;

/**
 * What the chosen AI plan predicted. Money in won; {@code expectedCost} includes {@code prizeCost}.
 */
public record Plan(
        String promotionType,
        long expectedParticipants,
        long expectedCost,
        long expectedRevenue,
        double expectedRoi,
        long prizeCost) {

    /** The channels' share of the plan's cost: what distribution is expected to spend. */
    public long channelCostEstimate() {
        return Math.max(0, expectedCost - prizeCost);
    }
}
