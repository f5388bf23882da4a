package com.kt.eventmarketing.analytics.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The live dashboard of one event (§6 Analytics): summary, channels, timeline. Money in whole won,
 * ratios to four decimals, timeline buckets in Asia/Seoul.
 */
public record EventDashboard(
        UUID eventId,
        UUID storeId,
        String eventName,
        EventStatus status,
        LocalDate startDate,
        LocalDate endDate,
        Summary summary,
        List<ChannelLine> channels,
        Granularity granularity,
        List<TimelineBucket> timeline,
        Instant asOf) {

    /** Where the event stands as far as analytics heard. */
    public enum EventStatus {
        /** Only participation or distribution messages arrived so far (the topics are independent). */
        NOT_PUBLISHED,
        PUBLISHED,
        ENDED
    }

    public enum Granularity {
        HOUR,
        DAY
    }

    /**
     * The event's figures. {@code costBasis} says whether {@code channelCost} comes from the
     * distribution reports or, before any, the plan's estimate; {@code visitConversionBasis} whether the
     * visit conversion is measured or the default.
     */
    public record Summary(
            long views,
            long participants,
            BigDecimal conversionRate,
            long storeVisits,
            long winners,
            long marketingConsents,
            long channelCost,
            String costBasis,
            long prizeCost,
            long totalCost,
            Long costPerParticipant,
            long averageSpend,
            BigDecimal visitConversion,
            String visitConversionBasis,
            long expectedRevenue,
            BigDecimal roi,
            Predicted predicted) {}

    /** What the chosen plan predicted, to compare with the actual figures; null without a plan. */
    public record Predicted(
            String promotionType, long participants, long cost, long prizeCost, long revenue, double roi) {}

    /**
     * One channel: a distribution channel (its latest report's status, reach and cost) or {@code STORE}
     * (window poster QR) / {@code DIRECT} (no {@code ?ch=}), which cost nothing. {@code status} is
     * {@code NOT_REPORTED} for a chosen channel without a report, {@code null} for STORE and DIRECT.
     */
    public record ChannelLine(
            String channel,
            String name,
            String status,
            Long reach,
            Long cost,
            long views,
            long participants,
            BigDecimal conversionRate,
            long storeVisits,
            Long costPerParticipant) {}

    /** Views and entries of one hour or day starting at {@code start} (Asia/Seoul). */
    public record TimelineBucket(OffsetDateTime start, long views, long participants) {}
}
