package com.kt.eventmarketing.participation.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParticipantIdsTests {

    @Test
    void areVersionSevenUuidsOfTheirMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = ParticipantIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(ParticipantIds.millisOf(id)).isBetween(before, after);
        // the textual form (PostgreSQL's order of uuids) starts with the time: 2026-11-29T00:00:00Z is 0x01A22499F800
        // ms
        assertThat(ParticipantIds.at(1_795_910_400_000L).toString()).startsWith("01a22499-f800-7");
    }

    @Test
    void sortByTheTimeTheyWereMadeAndNeverRepeat() {
        UUID earlier = ParticipantIds.at(1_795_910_400_000L);
        UUID later = ParticipantIds.at(1_795_910_400_001L);
        assertThat(earlier.toString()).isLessThan(later.toString());

        Set<UUID> sameMillisecond = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            sameMillisecond.add(ParticipantIds.at(1_795_910_400_000L));
        }
        assertThat(sameMillisecond).hasSize(100_000);
    }
}
