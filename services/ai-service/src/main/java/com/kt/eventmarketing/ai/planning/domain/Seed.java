package com.kt.eventmarketing.ai.planning.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The variation of one request, fixed by (store, objective, reference date): the same request always
 * gets the same wording and tie-breaks, another store or day gets others. Every choice is drawn from
 * its own salt, so adding a choice never changes the others.
 */
public record Seed(long value) {

    public static Seed of(UUID storeId, Object objective, LocalDate referenceDate) {
        long hash = 1125899906842597L;
        for (String part : List.of(String.valueOf(storeId), String.valueOf(objective), String.valueOf(referenceDate))) {
            for (int i = 0; i < part.length(); i++) {
                hash = 31 * hash + part.charAt(i);
            }
            hash = mix(hash);
        }
        return new Seed(hash);
    }

    /** A number in [0, 1) for this salt. */
    public double unit(String salt) {
        long bits = mix(value ^ mix(Objects.hashCode(salt) * 0x9E3779B97F4A7C15L));
        return (bits >>> 11) * 0x1.0p-53;
    }

    /** An index in [0, size) for this salt. */
    public int index(String salt, int size) {
        return size <= 1 ? 0 : (int) Math.floor(unit(salt) * size);
    }

    public <T> T pick(String salt, List<T> options) {
        return options.get(index(salt, options.size()));
    }

    /** A factor in [1 − spread, 1 + spread] for this salt. */
    public double jitter(String salt, double spread) {
        return 1 - spread + 2 * spread * unit(salt);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
