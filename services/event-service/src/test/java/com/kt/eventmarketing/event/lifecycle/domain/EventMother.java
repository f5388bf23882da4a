package com.kt.eventmarketing.event.lifecycle.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Events in the states the rules care about. */
final class EventMother {

    static final Instant NOW = Instant.parse("2026-04-01T01:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-04-01");

    private EventMother() {}

    static Event newDraft() {
        return Event.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Objective.NEW_CUSTOMERS, NOW);
    }

    /** A draft with everything publishing needs, starting tomorrow. */
    static Event completeCafeDraft() {
        return newDraft()
                .edit(
                        new EventContent(
                                "봄맞이 아메리카노 이벤트",
                                "아메리카노 1+1",
                                null,
                                TODAY.plusDays(1),
                                TODAY.plusDays(14),
                                List.of(Channel.INSTAGRAM, Channel.SMS)),
                        NOW)
                .selectImage(UUID.randomUUID(), "/api/v1/content/images/1", NOW);
    }

    static Event publishedCafeEvent() {
        return ((Transition.Moved) completeCafeDraft().publish(TODAY, NOW)).event();
    }
}
