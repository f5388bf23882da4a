package com.kt.eventmarketing.contracts.participation;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A participant entered an event. Carries no personal data: analytics counts, nobody else needs the
 * name or number. {@code entryNumber} is 1, 2, … per event. Keyed by the event, so the entries of one
 * event stay in order.
 */
public record ParticipantRegistered(
        UUID messageId,
        Instant occurredAt,
        UUID participantId,
        UUID eventId,
        UUID storeId,
        long entryNumber,
        EntryChannel channel,
        boolean marketingConsent)
        implements IntegrationEvent {

    public static final String TOPIC = "participation.participant-registered.v1";

    public static ParticipantRegistered of(
            UUID participantId,
            UUID eventId,
            UUID storeId,
            long entryNumber,
            EntryChannel channel,
            boolean marketingConsent,
            Instant at) {
        return new ParticipantRegistered(
                UUID.randomUUID(), at, participantId, eventId, storeId, entryNumber, channel, marketingConsent);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return eventId.toString();
    }
}
