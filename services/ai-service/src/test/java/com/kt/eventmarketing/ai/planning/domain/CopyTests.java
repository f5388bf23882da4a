package com.kt.eventmarketing.ai.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTests {

    @Test
    void choosesTheParticleThatFitsTheLastSyllable() {
        assertThat(Copy.josa("카페", "은")).isEqualTo("카페는");
        assertThat(Copy.josa("음식점", "는")).isEqualTo("음식점은");
        assertThat(Copy.josa("아메리카노 1잔", "을")).isEqualTo("아메리카노 1잔을");
        assertThat(Copy.josa("텀블러", "을")).isEqualTo("텀블러를");
        assertThat(Copy.josa("이메일", "으로")).isEqualTo("이메일로");
        assertThat(Copy.josa("인스타그램", "로")).isEqualTo("인스타그램으로");
        assertThat(Copy.josa("문자(SMS)", "으로")).isEqualTo("문자(SMS)로");
    }

    @Test
    void fillsPlaceholdersWithParticlesAndLeavesUnknownOnesAlone() {
        Copy copy = new Copy().with("item", "조각 케이크").with("store", "카페 봄");

        assertThat(copy.fill("{store}에서 {item:을} 드립니다 {other}")).isEqualTo("카페 봄에서 조각 케이크를 드립니다 {other}");
    }

    @Test
    void formatsMoneyDatesAndDaysTheKoreanWay() {
        assertThat(Copy.won(1234567)).isEqualTo("1,234,567원");
        assertThat(Copy.dateWithDay(LocalDate.of(2026, 12, 25))).isEqualTo("12월 25일(금)");
        assertThat(Copy.days(List.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY))).isEqualTo("월·화");
    }
}
