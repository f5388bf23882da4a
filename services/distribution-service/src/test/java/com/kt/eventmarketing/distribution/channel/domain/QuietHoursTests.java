package com.kt.eventmarketing.distribution.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    final QuietHours quiet = QuietHours.KOREA;

    @Test
    void daytimeIsNotQuiet() {
        assertThat(quiet.contains(seoul(2026, 12, 1, 8, 0))).isFalse();
        assertThat(quiet.contains(seoul(2026, 12, 1, 12, 30))).isFalse();
        assertThat(quiet.contains(seoul(2026, 12, 1, 20, 59))).isFalse();
    }

    @Test
    void fromNineInTheEveningToEightInTheMorningIsQuiet() {
        assertThat(quiet.contains(seoul(2026, 12, 1, 21, 0))).isTrue();
        assertThat(quiet.contains(seoul(2026, 12, 1, 23, 59))).isTrue();
        assertThat(quiet.contains(seoul(2026, 12, 2, 0, 0))).isTrue();
        assertThat(quiet.contains(seoul(2026, 12, 2, 7, 59))).isTrue();
    }

    @Test
    void anEveningMessageWaitsForTheNextMorning() {
        assertThat(quiet.nextAllowed(seoul(2026, 12, 1, 22, 30))).isEqualTo(seoul(2026, 12, 2, 8, 0));
    }

    @Test
    void anEarlyMorningMessageWaitsForEightTheSameDay() {
        assertThat(quiet.nextAllowed(seoul(2026, 12, 2, 3, 15))).isEqualTo(seoul(2026, 12, 2, 8, 0));
    }

    @Test
    void aDaytimeMessageGoesAtOnce() {
        Instant noon = seoul(2026, 12, 1, 12, 0);
        assertThat(quiet.nextAllowed(noon)).isEqualTo(noon);
    }

    @Test
    void itIsKoreanTimeWhateverTheServersZone() {
        // 13:00 UTC is 22:00 in Seoul
        assertThat(quiet.contains(Instant.parse("2026-12-01T13:00:00Z"))).isTrue();
        assertThat(quiet.contains(Instant.parse("2026-12-01T03:00:00Z"))).isFalse();
    }

    static Instant seoul(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, SEOUL).toInstant();
    }
}
