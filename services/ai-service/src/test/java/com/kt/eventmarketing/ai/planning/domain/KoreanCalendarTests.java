package com.kt.eventmarketing.ai.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KoreanCalendarTests {

    private final KnowledgeBase knowledge = Engine.KNOWLEDGE;

    @Test
    void seollalAndChuseokFollowTheLunarCalendar() {
        assertThat(first("SEOLLAL", 2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(first("SEOLLAL", 2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(first("SEOLLAL", 2027)).isEqualTo(LocalDate.of(2027, 2, 7));
        assertThat(first("CHUSEOK", 2025)).isEqualTo(LocalDate.of(2025, 10, 6));
        assertThat(first("CHUSEOK", 2026)).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(first("CHUSEOK", 2027)).isEqualTo(LocalDate.of(2027, 9, 15));
    }

    @Test
    void suneungIsTheThursdayFromThe13thTo19thOfNovemberAndItsSeasonFollowsIt() {
        assertThat(first("SUNEUNG", 2019)).isEqualTo(LocalDate.of(2019, 11, 14));
        assertThat(first("SUNEUNG", 2023)).isEqualTo(LocalDate.of(2023, 11, 16));
        assertThat(first("SUNEUNG", 2024)).isEqualTo(LocalDate.of(2024, 11, 14));
        assertThat(first("SUNEUNG", 2025)).isEqualTo(LocalDate.of(2025, 11, 13));
        assertThat(first("SUNEUNG", 2026)).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(first("SUNEUNG", 2027)).isEqualTo(LocalDate.of(2027, 11, 18));
        KoreanCalendar.Span after =
                knowledge.span(knowledge.moment("AFTER_SUNEUNG").orElseThrow(), 2026);
        assertThat(after.first()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(after.last()).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void fixedDatesAndPeriods() {
        assertThat(first("PEPERO_DAY", 2026)).isEqualTo(LocalDate.of(2026, 11, 11));
        assertThat(first("CHILDRENS_DAY", 2026)).isEqualTo(LocalDate.of(2026, 5, 5));
        KoreanCalendar.Span vacation =
                knowledge.span(knowledge.moment("SUMMER_VACATION").orElseThrow(), 2026);
        assertThat(vacation.first()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(vacation.last()).isEqualTo(LocalDate.of(2026, 8, 15));
    }

    @Test
    void seasonsFollowKoreanMonthsAndWinterSpansTheNewYear() {
        assertThat(SeasonKey.of(LocalDate.of(2027, 1, 18))).isEqualTo(new SeasonKey(Season.WINTER, 2026));
        assertThat(SeasonKey.of(LocalDate.of(2026, 12, 1))).isEqualTo(new SeasonKey(Season.WINTER, 2026));
        assertThat(SeasonKey.of(LocalDate.of(2026, 8, 31))).isEqualTo(new SeasonKey(Season.SUMMER, 2026));
        assertThat(new SeasonKey(Season.WINTER, 2026).end()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    private LocalDate first(String key, int year) {
        return knowledge.span(knowledge.moment(key).orElseThrow(), year).first();
    }
}
