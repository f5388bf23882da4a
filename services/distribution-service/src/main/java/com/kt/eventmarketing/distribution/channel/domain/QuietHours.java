package com.kt.eventmarketing.distribution.channel.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * 야간 광고 전송 제한: advertising by SMS, Kakao and e-mail is not sent between 21:00 and 08:00 Korean
 * time (정보통신망법 §50③). A message written in that window waits for the morning.
 */
public record QuietHours(ZoneId zone, LocalTime start, LocalTime end) {

    public static final QuietHours KOREA =
            new QuietHours(ZoneId.of("Asia/Seoul"), LocalTime.of(21, 0), LocalTime.of(8, 0));

    public QuietHours {
        if (start.equals(end)) {
            throw new IllegalArgumentException("Quiet hours must not be empty or cover the whole day");
        }
    }

    public boolean contains(Instant instant) {
        LocalTime time = instant.atZone(zone).toLocalTime();
        return start.isAfter(end)
                ? !time.isBefore(start) || time.isBefore(end) // over midnight: 21:00–24:00 and 00:00–08:00
                : !time.isBefore(start) && time.isBefore(end);
    }

    /** The instant itself outside quiet hours, else the end of the quiet period (08:00 the right day). */
    public Instant nextAllowed(Instant instant) {
        if (!contains(instant)) {
            return instant;
        }
        ZonedDateTime at = instant.atZone(zone);
        ZonedDateTime endToday = at.with(end).withSecond(0).withNano(0);
        return (at.toLocalTime().isBefore(end) ? endToday : endToday.plusDays(1)).toInstant();
    }
}
