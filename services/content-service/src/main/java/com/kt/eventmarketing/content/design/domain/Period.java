package com.kt.eventmarketing.content.design.domain;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** The event period the way Korean posters write it: {@code 2026.05.01(금) ~ 05.31(일)}. */
public final class Period {

    private Period() {}

    public static String format(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null) {
            return "~ " + full(end) + " 까지";
        }
        if (end == null || end.equals(start)) {
            return end == null ? full(start) + " ~" : full(start);
        }
        String to = end.getYear() == start.getYear() ? shortDate(end) : full(end);
        return full(start) + " ~ " + to;
    }

    private static String full(LocalDate date) {
        return date.getYear() + "." + shortDate(date);
    }

    private static String shortDate(LocalDate date) {
        return String.format(Locale.ROOT, "%02d.%02d", date.getMonthValue(), date.getDayOfMonth()) + "("
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.KOREAN) + ")";
    }
}
