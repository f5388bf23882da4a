package com.kt.eventmarketing.contracts.participation;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The owner drew winners ({@code drawNumber} 1 for the first draw, 2 … for redraws). The distribution
 * service tells each winner by SMS; analytics counts them.
 *
 * <p>A winner's phone number travels only as {@code phoneCipher}: encrypted with the platform's
 * personal-data key ({@code v1:<keyId>:…}, see common's {@code PersonalDataCipher}), readable by the
 * services that hold that key and by nobody who merely reads the topic.
 */
public record WinnersDrawn(
        UUID messageId,
        Instant occurredAt,
        UUID drawId,
        UUID eventId,
        UUID storeId,
        String storeName,
        String eventName,
        String prize,
        int drawNumber,
        List<Winner> winners)
        implements IntegrationEvent {

    public static final String TOPIC = "participation.winners-drawn.v1";

    /** One winner: {@code rank} 1 … N in draw order, the masked name ({@code 홍*동}). */
    public record Winner(UUID participantId, long entryNumber, int rank, String maskedName, String phoneCipher) {}

    public static WinnersDrawn of(
            UUID drawId,
            UUID eventId,
            UUID storeId,
            String storeName,
            String eventName,
            String prize,
            int drawNumber,
            List<Winner> winners) {
        return new WinnersDrawn(
                UUID.randomUUID(),
                Instant.now(),
                drawId,
                eventId,
                storeId,
                storeName,
                eventName,
                prize,
                drawNumber,
                List.copyOf(winners));
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
