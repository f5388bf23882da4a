package com.kt.eventmarketing.ai.planning.domain;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates of the calendar moments in a given year. Rules:
 *
 * <ul>
 *   <li>{@code FIXED MM-DD}: the same solar date every year (빼빼로데이 11-11, 크리스마스 12-25);
 *   <li>{@code LUNAR MM-DD}: a date of the Korean lunisolar calendar (설날 01-01, 추석 08-15),
 *       converted with ICU's {@code DangiCalendar} (Korean astronomical rules, Seoul time);
 *   <li>{@code NTH_WEEKDAY M DAY N}: the N-th given weekday of month M (e.g. {@code 5 SUNDAY 2});
 *   <li>{@code ON_OR_AFTER MM-DD DAY}: the first given weekday on or after a date. 수능 is
 *       {@code 11-13 THURSDAY}: every regular 수능 since 2017 fell on the Thursday between 13 and 19
 *       November (2018-11-15, 2019-11-14, 2021-11-18, 2022-11-17, 2023-11-16, 2024-11-14, 2025-11-13,
 *       2026-11-19). "The third Thursday" is not the rule: it would give 2025-11-20. 2017 (earthquake,
 *       moved a week) and 2020 (pandemic, December 3) were exceptions the rule cannot foresee;
 *   <li>{@code RANGE MM-DD MM-DD}: a period (여름휴가 07-20 to 08-15, 연말);
 *   <li>{@code FOLLOWS KEY N}: the N days from another moment on (수능 끝: the weeks after 수능).
 * </ul>
 */
public final class KoreanCalendar {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Lunar conversions are astronomical computations: each (year, lunar date) is computed once. */
    private static final Map<String, LocalDate> LUNAR_DATES = new ConcurrentHashMap<>();

    private KoreanCalendar() {}

    /** The first and last day of a moment in {@code year}. */
    public record Span(LocalDate first, LocalDate last) {}

    /**
     * Resolves a rule in a year.
     *
     * @param follows resolves the span of another moment for {@code FOLLOWS}
     */
    public static Span span(String rule, int year, java.util.function.BiFunction<String, Integer, Span> follows) {
        String[] parts = rule.strip().split("\\s+");
        return switch (parts[0]) {
            case "FIXED" -> single(monthDay(parts[1]).atYear(year));
            case "LUNAR" -> single(lunar(year, monthDay(parts[1])));
            case "NTH_WEEKDAY" ->
                single(nthWeekday(
                        year,
                        Integer.parseInt(parts[1]),
                        DayOfWeek.valueOf(parts[2].toUpperCase(Locale.ROOT)),
                        Integer.parseInt(parts[3])));
            case "ON_OR_AFTER" ->
                single(monthDay(parts[1])
                        .atYear(year)
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(parts[2].toUpperCase(Locale.ROOT)))));
            case "RANGE" ->
                new Span(monthDay(parts[1]).atYear(year), monthDay(parts[2]).atYear(year));
            case "FOLLOWS" -> {
                Span base = follows.apply(parts[1], year);
                yield new Span(base.last(), base.last().plusDays(Integer.parseInt(parts[2]) - 1L));
            }
            default -> throw new IllegalArgumentException("Unknown calendar rule: " + rule);
        };
    }

    /** Why a rule cannot be read, if it cannot. */
    public static Optional<String> problemOf(String rule) {
        try {
            span(rule, 2026, (key, year) -> single(LocalDate.of(year, 11, 19)));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("calendar rule '" + rule + "' is invalid: " + e.getMessage());
        }
    }

    /** The solar date of a lunar month-day in the lunar year that starts in solar {@code year}. */
    static LocalDate lunar(int year, MonthDay lunarDate) {
        return LUNAR_DATES.computeIfAbsent(year + "-" + lunarDate, key -> convertLunar(year, lunarDate));
    }

    @SuppressWarnings("deprecation") // DangiCalendar is ICU's Korean calendar; "deprecated" marks it ICU-internal API
    private static LocalDate convertLunar(int year, MonthDay lunarDate) {
        DangiCalendar calendar = new DangiCalendar();
        calendar.setTimeZone(TimeZone.getTimeZone("Asia/Seoul"));
        // mid-year of the solar year lies in the lunar year that began around its January/February
        calendar.setTimeInMillis(
                LocalDate.of(year, 6, 1).atStartOfDay(SEOUL).toInstant().toEpochMilli());
        int lunarYear = calendar.get(Calendar.EXTENDED_YEAR);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, lunarYear);
        calendar.set(Calendar.MONTH, lunarDate.getMonthValue() - 1);
        calendar.set(Calendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, lunarDate.getDayOfMonth());
        return Instant.ofEpochMilli(calendar.getTimeInMillis()).atZone(SEOUL).toLocalDate();
    }

    static LocalDate nthWeekday(int year, int month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static MonthDay monthDay(String text) {
        return MonthDay.parse("--" + text);
    }

    private static Span single(LocalDate date) {
        return new Span(date, date);
    }
}
