package com.kt.eventmarketing.ai.planning.domain;

import java.util.Locale;

/** 업종, as the user service names them; anything unknown is planned as {@link #OTHER}. */
public enum Industry {
    CAFE,
    RESTAURANT,
    BAKERY,
    BAR,
    BEAUTY,
    NAIL,
    ACADEMY,
    FITNESS,
    RETAIL,
    FLOWER,
    PET,
    OTHER;

    public static Industry of(String name) {
        if (name == null || name.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }
}
