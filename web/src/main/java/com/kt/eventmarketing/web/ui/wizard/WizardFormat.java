package com.kt.eventmarketing.web.ui.wizard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the wizard's pages write dates, money and ratios for people: {@code 2026년 12월 1일 (화)}, {@code ₩12,000},
 * {@code 167%}. Templates call it as {@code ${@wizardFormat.date(event.startDate, #locale)}}.
 */
@Component("wizardFormat")
public class WizardFormat {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static final DateTimeFormatter KO = DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN);
    private static final DateTimeFormatter KO_SAME_YEAR = DateTimeFormatter.ofPattern("M월 d일 (E)", Locale.KOREAN);
    private static final DateTimeFormatter EN_SAME_YEAR = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.ENGLISH);

    /** An ISO date ({@code 2026-12-01}) for people; blank when there is none. */
    public String date(Object iso, Locale locale) {
        LocalDate day = parse(iso);
        if (day == null) {
            return "";
        }
        return day.format(isKorean(locale) ? KO : EN);
    }

    /** A period {@code start ~ end}, or blank. */
    public String period(Object start, Object end, Locale locale) {
        if (parse(start) == null || parse(end) == null) {
            return "";
        }
        LocalDate first = parse(start);
        LocalDate last = parse(end);
        // one year is said once: 2026년 12월 2일 (수) ~ 12월 15일 (화)
        String until = first.getYear() == last.getYear()
                ? last.format(isKorean(locale) ? KO_SAME_YEAR : EN_SAME_YEAR)
                : date(end, locale);
        return date(start, locale) + " ~ " + until;
    }

    /** Won, with thousands separators: {@code ₩12,000}. */
    public String money(Object amount) {
        long won = amount instanceof Number number ? number.longValue() : 0;
        return "₩" + String.format(Locale.ROOT, "%,d", won);
    }

    public String count(Object amount) {
        long value = amount instanceof Number number ? number.longValue() : 0;
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A ratio (1.67) as a percentage ({@code 167%}). */
    public String percent(Object ratio) {
        if (!(ratio instanceof Number number)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,d%%", Math.round(number.doubleValue() * 100));
    }

    static LocalDate parse(Object iso) {
        if (iso == null || iso.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.toString().strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean isKorean(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }
}
