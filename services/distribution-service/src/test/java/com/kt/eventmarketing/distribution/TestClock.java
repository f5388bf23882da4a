package com.kt.eventmarketing.distribution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock that runs like the real one from a time the test sets (Korean wall-clock time). */
public final class TestClock extends Clock {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private volatile Duration offset = Duration.ZERO;

    /** From now on the clock reads {@code seoulTime} (in Korea) and runs on. */
    public void setSeoulTime(LocalDateTime seoulTime) {
        offset = Duration.between(Instant.now(), seoulTime.atZone(SEOUL).toInstant());
    }

    /** A weekday noon in Korea: no quiet hours. */
    public void daytime() {
        setSeoulTime(LocalDateTime.of(2026, 12, 1, 12, 0));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        TestClock testClock() {
            TestClock clock = new TestClock();
            clock.daytime();
            return clock;
        }
    }
}
