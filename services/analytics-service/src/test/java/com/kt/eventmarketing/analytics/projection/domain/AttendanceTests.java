package com.kt.eventmarketing.analytics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.analytics.projection.domain.Attendance.VisitOutcome;
import com.kt.eventmarketing.analytics.projection.domain.Attendance.VisitOutcome.Applied;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttendanceTests {

    private static final Instant T = Instant.parse("2026-11-02T03:00:00Z");

    @Test
    void countsAVisitOfARegisteredParticipant() {
        VisitOutcome outcome = new Attendance(true, false, null).mark(true, T);

        assertThat(outcome).isEqualTo(new Applied(new Attendance(true, true, T), 1));
    }

    @Test
    void keepsAVisitThatArrivesBeforeTheEntryAndCountsItWithTheEntry() {
        Attendance before = Attendance.unknown();

        Applied applied = (Applied) before.mark(true, T);

        assertThat(applied.delta()).isZero();
        assertThat(applied.now().visited()).isTrue();
        assertThat(applied.now().visitsCountedOnRegistration()).isEqualTo(1);
    }

    @Test
    void unmarkingAVisitTakesItBack() {
        assertThat(new Attendance(true, true, T).mark(false, T.plusSeconds(1)))
                .isEqualTo(new Applied(new Attendance(true, false, T.plusSeconds(1)), -1));
    }

    @Test
    void ignoresAnOlderMarkThatArrivesLate() {
        assertThat(new Attendance(true, true, T).mark(false, T.minusSeconds(1)))
                .isInstanceOf(VisitOutcome.Superseded.class);
    }

    @Test
    void ofTwoMarksAtTheSameInstantVisitedWins() {
        assertThat(new Attendance(true, true, T).mark(false, T)).isInstanceOf(VisitOutcome.Superseded.class);
        assertThat(new Attendance(true, false, T).mark(true, T))
                .isEqualTo(new Applied(new Attendance(true, true, T), 1));
    }

    @Test
    void anyArrivalOrderOfMarksAndEntryGivesTheSameCount() {
        record Mark(boolean visited, Instant at) {}
        List<Object> facts = new ArrayList<>(List.of(
                "entry",
                new Mark(true, T),
                new Mark(false, T.plusSeconds(10)),
                new Mark(true, T.plusSeconds(20)),
                new Mark(true, T.plusSeconds(20)),
                new Mark(false, T.plusSeconds(5))));
        Random random = new Random(1);
        for (int round = 0; round < 200; round++) {
            Collections.shuffle(facts, random);
            Attendance attendance = Attendance.unknown();
            int counted = 0;
            for (Object fact : facts) {
                if (fact instanceof Mark(boolean visited, Instant at)) {
                    if (attendance.mark(visited, at) instanceof Applied(Attendance now, int delta)) {
                        attendance = now;
                        counted += delta;
                    }
                } else {
                    counted += attendance.visitsCountedOnRegistration();
                    attendance = new Attendance(true, attendance.visited(), attendance.visitAsOf());
                }
            }
            assertThat(counted).as("order %s", facts).isEqualTo(1);
        }
    }
}
