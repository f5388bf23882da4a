package com.kt.eventmarketing.web.ui.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates and times for people, in Asia/Seoul: {@code 2026년 12월 1일 (화)} / {@code Tue, Dec 1, 2026}. */
final class PublicDates {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private PublicDates() {}

    static String day(Object isoDate, Locale locale) {
        LocalDate date = parseDate(isoDate);
        if (date == null) {
            return "";
        }
        return date.format(
                korean(locale)
                        ? DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN)
                        : DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH));
    }

    static String time(Object isoInstant, Locale locale) {
        if (isoInstant == null) {
            return "";
        }
        try {
            var at = Instant.parse(isoInstant.toString()).atZone(SEOUL);
            return at.format(
                    korean(locale)
                            ? DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E) a h:mm", Locale.KOREAN)
                            : DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.ENGLISH));
        } catch (DateTimeParseException notATime) {
            return isoInstant.toString();
        }
    }

    private static LocalDate parseDate(Object isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate.toString());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean korean(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
