package com.kt.eventmarketing.contracts.ai;

import com.kt.eventmarketing.contracts.Channel;
import java.time.LocalDate;
import java.util.List;

/**
 * One proposed event plan. Money in whole won; {@code expectedRoi} is (revenue − cost) / cost, e.g.
 * 1.5 for +150 %.
 */
public record EventPlan(
        BudgetLevel budgetLevel,
        String eventName,
        String description,
        PromotionType promotionType,
        String targetAudience,
        String prize,
        long prizeCost,
        String participationMethod,
        LocalDate startDate,
        LocalDate endDate,
        List<Channel> recommendedChannels,
        long expectedParticipants,
        long expectedCost,
        long expectedRevenue,
        double expectedRoi,
        String reasoning) {}
