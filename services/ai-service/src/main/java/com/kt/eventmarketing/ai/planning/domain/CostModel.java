package com.kt.eventmarketing.ai.planning.domain;

/** How a promotion type spends money on its benefit. */
public enum CostModel {
    /** A fixed number of winners gets a prize (추첨). */
    PRIZE_POOL,
    /** Every participant who redeems (or completes the card, writes the review …) gets the item. */
    PER_REDEMPTION,
    /** A share of the price of what is bought is given up (할인, 세트). */
    PRICE_CUT
}
