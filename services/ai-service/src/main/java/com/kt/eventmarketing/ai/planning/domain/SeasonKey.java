package com.kt.eventmarketing.ai.planning.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * One season of one year, e.g. 2026 winter = December 2026 to February 2027 (January and February
 * belong to the winter that began the December before).
 */
public record SeasonKey(Season season, int year) {

    public static SeasonKey of(LocalDate date) {
        Season season = Season.of(date);
        int year = season == Season.WINTER && date.getMonth() != Month.DECEMBER ? date.getYear() - 1 : date.getYear();
        return new SeasonKey(season, year);
    }

    public LocalDate start() {
        return switch (season) {
            case SPRING -> LocalDate.of(year, 3, 1);
            case SUMMER -> LocalDate.of(year, 6, 1);
            case AUTUMN -> LocalDate.of(year, 9, 1);
            case WINTER -> LocalDate.of(year, 12, 1);
        };
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    @Override
    public String toString() {
        return year + "-" + season;
    }
}
