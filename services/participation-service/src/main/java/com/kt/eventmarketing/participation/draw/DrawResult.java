package com.kt.eventmarketing.participation.draw;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A draw as kept and published: the commitment shown before any entry existed, the revealed master
 * seed and this draw's seed, the hash of the entry list it chose from, and the winners (masked).
 */
public record DrawResult(
        UUID drawId,
        UUID eventId,
        int drawNumber,
        int winnerCount,
        int storeVisitWeight,
        boolean excludePreviousWinners,
        String seedCommitment,
        String masterSeed,
        String seed,
        String entryListHash,
        int entryCount,
        Instant drawnAt,
        List<Winner> winners) {

    /** One winner, masked; {@code participantId} only in the owner's view. */
    public record Winner(
            int rank,
            long entryNumber,
            UUID participantId,
            String name,
            String phoneNumber,
            Instant prizeDeliveredAt) {}
}
