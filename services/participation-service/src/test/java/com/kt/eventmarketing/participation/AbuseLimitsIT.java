package com.kt.eventmarketing.participation;

import static com.kt.eventmarketing.participation.EventMother.entriesPath;
import static com.kt.eventmarketing.participation.EventMother.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.participation.EventMother.Owner;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Limits per client address (20 per 10 minutes) and per event (40 per window in tests). */
@ParticipationServiceTest
class AbuseLimitsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHouseholdBehindOneAddressIsNotBlocked() {
        UUID eventId = EventMother.openEvent(jdbc, Owner.fresh());
        Api household = new Api(port).from("203.0.113.10");

        for (int i = 0; i < 6; i++) {
            assertThat(household
                            .post(entriesPath(eventId), entry("가족", EventMother.phone(500 + i)), null)
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void oneAddressSendingTooManyEntriesGets429WithRetryAfter() {
        UUID eventId = EventMother.openEvent(jdbc, Owner.fresh());
        Api script = new Api(port).from("203.0.113.66");

        List<Integer> statuses = new ArrayList<>();
        Api.Response last = null;
        for (int i = 0; i < 25; i++) {
            last = script.post(entriesPath(eventId), entry("봇", EventMother.phone(600 + i)), null);
            statuses.add(last.status());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(201);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.text("code")).isEqualTo("too-many-requests");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participants WHERE event_id = ?", Integer.class, eventId))
                .isEqualTo(20);
        // another address is unaffected
        assertThat(new Api(port)
                        .post(entriesPath(eventId), entry("홍길동", EventMother.phone(700)), null)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aBurstOnOneEventBeyondItsLimitGets429() {
        UUID eventId = EventMother.openEvent(jdbc, Owner.fresh());
        Api api = new Api(port);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            statuses.add(api.post(entriesPath(eventId), entry("홍길동", EventMother.phone(800 + i)), null)
                    .status());
        }

        // 40 per window: even if the burst straddles two windows, at most 80 pass
        assertThat(statuses).contains(429);
        assertThat(statuses).filteredOn(s -> s == 201).hasSizeBetween(40, 80);
    }
}
