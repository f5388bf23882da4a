package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * What the planner knows about one 업종: spend, how often participants become paying visitors, the
 * weekly rhythm, which promotion types and channels suit it, in which seasons demand is high, who the
 * customers are per objective, and what it can give away.
 *
 * @param typicalSpend average spend per visit when the store did not give its own
 * @param visitConversion share of participants who visit and buy during the event
 * @param repeatFactor how far repeat-visit mechanics (a stamp card) bring customers back within weeks:
 *     1 for a café visited several times a week, near 0 for a salon visited every two months
 * @param affinity how well each promotion type works in this industry (1 = average)
 * @param seasonality demand per season (1 = average)
 * @param audiences the target audience per objective; {@code {area}} is the store's district or region
 */
public record IndustryProfile(
        String name,
        long typicalSpend,
        double visitConversion,
        double repeatFactor,
        List<DayOfWeek> busyDays,
        List<DayOfWeek> slowDays,
        String slowTime,
        String rhythm,
        Map<PromotionType, Double> affinity,
        Map<Season, Double> seasonality,
        Map<Channel, Double> channelFit,
        Map<Objective, String> audiences,
        List<PrizeItem> items,
        String bundle,
        List<String> keywords) {

    public double affinity(PromotionType type) {
        return affinity.getOrDefault(type, 1.0);
    }

    public double seasonality(Season season) {
        return seasonality.getOrDefault(season, 1.0);
    }

    public double channelFit(Channel channel) {
        return channelFit.getOrDefault(channel, 1.0);
    }

    public List<PrizeItem> items(Tier tier) {
        return items.stream().filter(item -> item.tier() == tier).toList();
    }
}
