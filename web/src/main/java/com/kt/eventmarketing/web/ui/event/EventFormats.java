package com.kt.eventmarketing.web.ui.event;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the event pages write dates, times, counts, money and ratios for people: in Asia/Seoul, in the page's
 * language ({@code 2026년 12월 1일 (화)} / {@code Tue, Dec 1, 2026}), numbers with thousands separators, money in
 * won. Templates call it as {@code ${@eventFormats.date(event.startDate)}}; anything missing is written "–".
 */
@Component("eventFormats")
public class EventFormats {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String NONE = "–";

    public String date(Object value) {
        LocalDate date = localDate(value);
        if (date == null) {
            return NONE;
        }
        return date.format(DateTimeFormatter.ofPattern(korean() ? "yyyy년 M월 d일 (E)" : "EEE, MMM d, yyyy", locale()));
    }

    public String period(Object start, Object end) {
        if (start == null && end == null) {
            return NONE;
        }
        return date(start) + " ~ " + date(end);
    }

    public String dateTime(Object value) {
        Instant instant = instant(value);
        if (instant == null) {
            return NONE;
        }
        return instant.atZone(SEOUL)
                .format(DateTimeFormatter.ofPattern(
                        korean() ? "yyyy년 M월 d일 (E) HH:mm" : "MMM d, yyyy (EEE) HH:mm", locale()));
    }

    public String number(Object value) {
        if (!(value instanceof Number number)) {
            return NONE;
        }
        return NumberFormat.getIntegerInstance(Locale.KOREA).format(number.longValue());
    }

    public String won(Object value) {
        if (!(value instanceof Number)) {
            return NONE;
        }
        return korean() ? number(value) + "원" : "₩" + number(value);
    }

    /** A ratio (0.1769) as a percentage (17.7%). */
    public String percent(Object ratio) {
        if (!(ratio instanceof Number number)) {
            return NONE;
        }
        BigDecimal percent = new BigDecimal(number.toString()).movePointRight(2);
        return percent.setScale(1, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString() + "%";
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.toString()).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value.toString());
            } catch (DateTimeParseException notInstant) {
                return null;
            }
        }
    }

    static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean korean() {
        return !"en".equals(locale().getLanguage());
    }
}
