package com.kt.eventmarketing.event.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The ERD's {@code TIMESTAMP} columns hold UTC wall-clock time: converted explicitly, so neither the JVM's nor the
 * database session's time zone can shift them.
 */
public final class UtcTimes {

    private UtcTimes() {}

    public static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
