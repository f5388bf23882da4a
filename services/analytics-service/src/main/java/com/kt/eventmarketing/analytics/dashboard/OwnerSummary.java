package com.kt.eventmarketing.analytics.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An owner's events at a glance: totals across them and one row per event, newest first. */
public record OwnerSummary(UUID storeId, Totals totals, List<EventRow> events) {

    /** Sums over the owner's events; ROI of the sums. */
    public record Totals(
            int events,
            int activeEvents,
            long views,
            long participants,
            BigDecimal conversionRate,
            long storeVisits,
            long winners,
            long totalCost,
            long expectedRevenue,
            BigDecimal roi,
            Long costPerParticipant) {}

    public record EventRow(
            UUID eventId,
            String eventName,
            EventDashboard.EventStatus status,
            LocalDate startDate,
            LocalDate endDate,
            long views,
            long participants,
            BigDecimal conversionRate,
            long storeVisits,
            long winners,
            long totalCost,
            String costBasis,
            long expectedRevenue,
            BigDecimal roi,
            Long predictedParticipants,
            Double predictedRoi) {}
}
