package com.kt.eventmarketing.participation.registration.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Participant ids: time-ordered UUIDs (version 7 of RFC 9562: 48 bits of Unix milliseconds, then 74
 * random bits). A burst of entries appends to the right edge of the primary-key index instead of
 * touching a random page of it per entry (as random version 4 ids do), which keeps the index's working
 * set and the write-ahead log's page images small. Still unguessable: the random part comes from a
 * {@link SecureRandom}. Every id handed out is one, the honeypot's too, so its answer cannot be told
 * from a real entry's by the id's version.
 */
public final class ParticipantIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ParticipantIds() {}

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long unixMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L // version 7
                | ((random[0] & 0x0FL) << 8)
                | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L // variant 10
                | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }

    /** The milliseconds an id was made at. */
    static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
