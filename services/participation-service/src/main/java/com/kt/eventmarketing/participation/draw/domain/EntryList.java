package com.kt.eventmarketing.participation.draw.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The entries a draw chooses from, as published: entry numbers ascending, each with its integer
 * weight. Its canonical text is one line {@code entryNumber,weight\n} per entry (ASCII); the
 * {@link #hash() hash} is SHA-256 of that text, fixed with the draw and shown with its result.
 */
public final class EntryList {

    public static final int MAX_WEIGHT = 100;

    private final long[] entryNumbers;
    private final int[] weights;
    private byte[] canonical;

    public EntryList(long[] entryNumbers, int[] weights) {
        if (entryNumbers.length != weights.length) {
            throw new IllegalArgumentException("One weight per entry");
        }
        for (int i = 0; i < entryNumbers.length; i++) {
            if (i > 0 && entryNumbers[i] <= entryNumbers[i - 1]) {
                throw new IllegalArgumentException("Entry numbers must be strictly ascending");
            }
            if (weights[i] < 1 || weights[i] > MAX_WEIGHT) {
                throw new IllegalArgumentException("Weights are 1 to " + MAX_WEIGHT);
            }
        }
        this.entryNumbers = entryNumbers.clone();
        this.weights = weights.clone();
    }

    /** Reads the canonical text back (what a verifier downloads). */
    public static EntryList parse(String text) {
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n");
        long[] numbers = new long[lines.length];
        int[] weights = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            int comma = lines[i].indexOf(',');
            numbers[i] = Long.parseLong(lines[i].substring(0, comma));
            weights[i] = Integer.parseInt(lines[i].substring(comma + 1).strip());
        }
        return new EntryList(numbers, weights);
    }

    public int size() {
        return entryNumbers.length;
    }

    public long entryNumber(int index) {
        return entryNumbers[index];
    }

    public int weight(int index) {
        return weights[index];
    }

    public byte[] canonicalText() {
        return text().clone();
    }

    // computed once; a benign race at worst computes the same bytes twice
    private byte[] text() {
        if (canonical == null) {
            // ASCII digits written straight into one buffer: a million lines in milliseconds
            StringBuilder text = new StringBuilder(entryNumbers.length * 10);
            for (int i = 0; i < entryNumbers.length; i++) {
                text.append(entryNumbers[i]).append(',').append(weights[i]).append('\n');
            }
            canonical = text.toString().getBytes(StandardCharsets.US_ASCII);
        }
        return canonical;
    }

    public String hash() {
        return MasterSeed.sha256Hex(text());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EntryList list
                && Arrays.equals(entryNumbers, list.entryNumbers)
                && Arrays.equals(weights, list.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entryNumbers) * 31 + Arrays.hashCode(weights);
    }
}
