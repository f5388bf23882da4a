package com.kt.eventmarketing.analytics.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Cost, expected revenue and ROI of an event (docs/analytics-service.md, "ROI"):
 *
 * <ul>
 *   <li>cost = channel cost + prize cost. Channel cost is the sum of the channels' latest successful
 *       distribution reports; before any report arrives, the plan's estimate (expected cost − prize
 *       cost) — {@link CostBasis} says which one is shown;
 *   <li>expected revenue = participants × visit conversion × the store's average spend, where visit
 *       conversion is measured (store visits / participants) once the owner marked visits, else the
 *       configured default;
 *   <li>ROI = (revenue − cost) / cost, none when the cost is 0.
 * </ul>
 */
public record Returns(
        long channelCost,
        CostBasis costBasis,
        long prizeCost,
        long totalCost,
        long averageSpend,
        BigDecimal visitConversion,
        VisitConversionBasis visitConversionBasis,
        long expectedRevenue,
        BigDecimal roi) {

    /** Where the channel cost comes from. */
    public enum CostBasis {
        /** The distribution service's reports (latest per channel; successes cost money). */
        DISTRIBUTION,
        /** No report yet: the chosen plan's expected cost minus its prize cost. */
        PLAN_ESTIMATE,
        /** Neither a report nor a plan: nothing known to be spent. */
        NONE
    }

    /** Where the share of participants who visit the store comes from. */
    public enum VisitConversionBasis {
        /** Store visits the owner marked / participants. */
        MEASURED,
        /** No visit marked yet: the configured default. */
        DEFAULT
    }

    public static Returns of(
            Counters counters,
            Plan plan,
            List<ChannelCounters> channels,
            long averageSpend,
            BigDecimal defaultVisitConversion) {
        boolean reported = channels.stream().anyMatch(ChannelCounters::reported);
        long channelCost;
        CostBasis basis;
        if (reported) {
            channelCost = channels.stream().mapToLong(ChannelCounters::spent).sum();
            basis = CostBasis.DISTRIBUTION;
        } else if (plan != null) {
            channelCost = plan.channelCostEstimate();
            basis = CostBasis.PLAN_ESTIMATE;
        } else {
            channelCost = 0;
            basis = CostBasis.NONE;
        }
        long prizeCost = plan == null ? 0 : plan.prizeCost();
        long totalCost = channelCost + prizeCost;

        long participants = counters.participants();
        BigDecimal conversion;
        VisitConversionBasis conversionBasis;
        long revenue;
        if (counters.storeVisits() > 0 && participants > 0) {
            conversion = Money.ratio(counters.storeVisits(), participants);
            conversionBasis = VisitConversionBasis.MEASURED;
            // participants × (visits / participants) × spend, without the rounding of the ratio
            revenue = Math.multiplyExact(counters.storeVisits(), averageSpend);
        } else {
            conversion = defaultVisitConversion;
            conversionBasis = VisitConversionBasis.DEFAULT;
            revenue = BigDecimal.valueOf(participants)
                    .multiply(defaultVisitConversion)
                    .multiply(BigDecimal.valueOf(averageSpend))
                    .setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        }
        return new Returns(
                channelCost,
                basis,
                prizeCost,
                totalCost,
                averageSpend,
                conversion,
                conversionBasis,
                revenue,
                roi(revenue, totalCost));
    }

    /** (revenue − cost) / cost to four decimals; null when nothing was spent. */
    public static BigDecimal roi(long revenue, long cost) {
        return cost == 0 ? null : Money.ratio(revenue - cost, cost);
    }

    /** Won spent per participant, or null without participants. */
    public Long costPerParticipant(long participants) {
        return participants == 0 ? null : Money.divide(totalCost, participants);
    }
}
