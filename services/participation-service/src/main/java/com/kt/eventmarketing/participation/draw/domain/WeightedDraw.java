package com.kt.eventmarketing.participation.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Weighted sampling without replacement (Efraimidis–Spirakis A-ES): every entry gets the key
 * {@code ln(u) / weight} with {@code u} uniform in (0, 1), and the entries with the largest keys win,
 * the largest first. {@code u} comes from {@code HMAC-SHA256(drawSeed, decimal entry number)}: the
 * first 8 bytes big-endian, top 53 bits {@code b}, {@code u = (b + 0.5) / 2^53} — exactly uniform over
 * 2^53 values, never 0 or 1, no modulo. Anyone with the draw seed can recompute any single key.
 * Equal keys (practically impossible) go to the smaller entry number.
 */
public final class WeightedDraw {

    private static final double TWO_POW_53 = 0x1p53;
    private static final int PARALLEL_THRESHOLD = 50_000;

    private WeightedDraw() {}

    /** One winner: rank 1 … n in draw order, with the key that put them there. */
    public record Pick(int rank, long entryNumber, int weight, double key) {}

    private record Candidate(int index, double key, long entryNumber) {}

    private static final Comparator<Candidate> BETTER_LAST = Comparator.comparingDouble(Candidate::key)
            .thenComparing(Comparator.comparingLong(Candidate::entryNumber).reversed());

    /** The {@code winnerCount} winners (fewer when there are fewer entries), best first. */
    public static List<Pick> draw(DrawSeed seed, EntryList entries, int winnerCount) {
        if (winnerCount < 1) {
            throw new IllegalArgumentException("At least one winner");
        }
        int n = entries.size();
        int k = Math.min(winnerCount, n);
        if (k == 0) {
            return List.of();
        }
        byte[] seedBytes = seed.bytes();
        int parts = n >= PARALLEL_THRESHOLD ? Runtime.getRuntime().availableProcessors() : 1;
        List<Candidate> merged = IntStream.range(0, parts)
                .parallel()
                .mapToObj(part -> best(seedBytes, entries, n * (long) part / parts, n * (long) (part + 1) / parts, k))
                .flatMap(List::stream)
                .sorted(BETTER_LAST.reversed())
                .limit(k)
                .toList();
        List<Pick> picks = new ArrayList<>(k);
        for (Candidate c : merged) {
            picks.add(new Pick(picks.size() + 1, c.entryNumber(), entries.weight(c.index()), c.key()));
        }
        return picks;
    }

    private static List<Candidate> best(byte[] seed, EntryList entries, long from, long to, int k) {
        Mac mac = mac(seed);
        PriorityQueue<Candidate> heap = new PriorityQueue<>(k + 1, BETTER_LAST);
        for (int i = (int) from; i < to; i++) {
            long number = entries.entryNumber(i);
            double key = key(mac, number, entries.weight(i));
            if (heap.size() < k) {
                heap.add(new Candidate(i, key, number));
            } else {
                Candidate worst = heap.peek();
                if (key > worst.key() || (key == worst.key() && number < worst.entryNumber())) {
                    heap.poll();
                    heap.add(new Candidate(i, key, number));
                }
            }
        }
        return new ArrayList<>(heap);
    }

    /** The key of one entry: {@code ln(u) / weight}, larger is better. */
    public static double key(DrawSeed seed, long entryNumber, int weight) {
        return key(mac(seed.bytes()), entryNumber, weight);
    }

    /** The uniform number {@code u} in (0, 1) of one entry. */
    public static double uniform(DrawSeed seed, long entryNumber) {
        return uniform(mac(seed.bytes()), entryNumber);
    }

    private static double key(Mac mac, long entryNumber, int weight) {
        return Math.log(uniform(mac, entryNumber)) / weight;
    }

    private static double uniform(Mac mac, long entryNumber) {
        byte[] h = mac.doFinal(Long.toString(entryNumber).getBytes(StandardCharsets.US_ASCII));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (h[i] & 0xFF);
        }
        return ((bits >>> 11) + 0.5) / TWO_POW_53;
    }

    private static Mac mac(byte[] seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
