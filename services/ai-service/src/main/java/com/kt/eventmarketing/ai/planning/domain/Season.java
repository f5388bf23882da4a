package com.kt.eventmarketing.ai.planning.domain;

import java.time.LocalDate;
import java.time.Month;

/** Korean seasons by month: 봄 3–5, 여름 6–8, 가을 9–11, 겨울 12–2. */
public enum Season {
    SPRING("봄"),
    SUMMER("여름"),
    AUTUMN("가을"),
    WINTER("겨울");

    private final String koreanName;

    Season(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }

    public static Season of(Month month) {
        return switch (month) {
            case MARCH, APRIL, MAY -> SPRING;
            case JUNE, JULY, AUGUST -> SUMMER;
            case SEPTEMBER, OCTOBER, NOVEMBER -> AUTUMN;
            case DECEMBER, JANUARY, FEBRUARY -> WINTER;
        };
    }

    public static Season of(LocalDate date) {
        return of(date.getMonth());
    }
}
