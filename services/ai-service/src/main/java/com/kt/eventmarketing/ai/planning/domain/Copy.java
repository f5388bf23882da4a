package com.kt.eventmarketing.ai.planning.domain;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Fills copy templates and formats numbers, dates and days the way Korean copy writes them. */
public final class Copy {

    private static final Locale KOREAN = Locale.KOREAN;

    private final Map<String, String> values = new LinkedHashMap<>();

    public Copy with(String name, Object value) {
        values.put(name, value == null ? "" : value.toString());
        return this;
    }

    public String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                String particle = null;
                int colon = name.indexOf(':');
                if (colon > 0) {
                    particle = name.substring(colon + 1);
                    name = name.substring(0, colon);
                }
                String value = values.get(name);
                if (value != null) {
                    out.append(particle == null ? value : josa(value, particle));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return tidy(out.toString());
    }

    /**
     * The word with the particle that fits its last syllable: {@code josa("카페", "은")} = 카페는,
     * {@code josa("음식점", "는")} = 음식점은, {@code josa("이메일", "으로")} = 이메일로. Either form of a
     * pair may be given (은/는, 이/가, 을/를, 과/와, 으로/로, 이나/나, 이라/라).
     */
    public static String josa(String word, String particle) {
        int last = -1;
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                last = (c - 0xAC00) % 28;
                break;
            }
            if (Character.isLetterOrDigit(c)) {
                break;
            }
        }
        boolean closed = last > 0;
        String chosen = switch (particle) {
            case "은", "는" -> closed ? "은" : "는";
            case "이", "가" -> closed ? "이" : "가";
            case "을", "를" -> closed ? "을" : "를";
            case "과", "와" -> closed ? "과" : "와";
            case "으로", "로" -> closed && last != 8 ? "으로" : "로";
            case "이나", "나" -> closed ? "이나" : "나";
            case "이라", "라" -> closed ? "이라" : "라";
            default -> particle;
        };
        return word + chosen;
    }

    /** Collapses the double spaces an empty value leaves. */
    static String tidy(String text) {
        return text.replaceAll(" {2,}", " ")
                .replace(" ,", ",")
                .replace("( ", "(")
                .strip();
    }

    /** 12,000원 */
    public static String won(long amount) {
        return NumberFormat.getIntegerInstance(KOREAN).format(amount) + "원";
    }

    /** 120만 원, 3,500원: amounts as Korean copy rounds them. */
    public static String wonShort(long amount) {
        if (amount >= 10_000 && amount % 10_000 == 0) {
            return NumberFormat.getIntegerInstance(KOREAN).format(amount / 10_000) + "만 원";
        }
        if (amount >= 100_000) {
            return NumberFormat.getIntegerInstance(KOREAN).format(Math.round(amount / 10_000.0)) + "만 원";
        }
        return won(amount);
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(KOREAN).format(n);
    }

    /** 12월 25일 */
    public static String date(LocalDate date) {
        return date.getMonthValue() + "월 " + date.getDayOfMonth() + "일";
    }

    /** 12월 25일(목) */
    public static String dateWithDay(LocalDate date) {
        return date(date) + "(" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, KOREAN) + ")";
    }

    /** 12월 1일~12월 24일 */
    public static String period(LocalDate start, LocalDate end) {
        return date(start) + "~" + date(end);
    }

    /** 월·화 */
    public static String days(List<DayOfWeek> days) {
        return days.stream()
                .sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, KOREAN))
                .collect(Collectors.joining("·"));
    }

    public static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
