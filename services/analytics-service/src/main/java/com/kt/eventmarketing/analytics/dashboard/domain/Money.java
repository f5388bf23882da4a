package com.kt.eventmarketing.analytics.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic of the figures: whole won rounded half up, ratios to four decimals. */
public final class Money {

    public static final int RATIO_SCALE = 4;

    private Money() {}

    /** {@code amount / count} in whole won. */
    public static long divide(long amount, long count) {
        return BigDecimal.valueOf(amount)
                .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** {@code part / whole} to four decimals, or null when {@code whole} is 0. */
    public static BigDecimal ratio(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
