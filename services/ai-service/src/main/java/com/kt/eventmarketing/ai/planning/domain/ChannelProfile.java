package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import java.util.Map;

/**
 * A distribution channel's cost and reach assumptions per budget level (the one place these numbers
 * live until the distribution service owns the catalogue), and how strongly its audience responds
 * ({@code engagement}: 1 = a social-media viewer; TV viewers respond less, past customers more).
 * A level without an offer cannot use the channel.
 */
public record ChannelProfile(double engagement, boolean pastCustomersOnly, Map<BudgetLevel, ChannelOffer> offers) {

    public ChannelOffer offer(BudgetLevel level) {
        return offers.get(level);
    }

    /** What the money buys at one budget level. */
    public record ChannelOffer(long cost, long reach, String what) {}
}
