package com.kt.eventmarketing.participation.registration.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A participant's name as typed (Hangul, Latin letters, spaces, a middle dot), 1–30 characters. Shown
 * only masked: the first and last letter stay ({@code 홍*동}, {@code 남**수}, {@code 홍*}).
 */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 30;
    private static final Pattern ALLOWED =
            Pattern.compile("[\\p{IsHangul}\\p{IsLatin}][\\p{IsHangul}\\p{IsLatin} ·.'-]*");

    public PersonName {
        if (problemOf(value).isPresent()) {
            throw new IllegalArgumentException("Not a valid name");
        }
    }

    /** What is wrong with a typed name, if anything. */
    public static Optional<String> problemOf(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required");
        }
        String name = value.strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("must contain only letters (Hangul or Latin) and spaces");
        }
        return Optional.empty();
    }

    public static PersonName of(String typed) {
        return new PersonName(typed.strip());
    }

    public String masked() {
        return mask(value);
    }

    /** Masks any text the way names are shown. */
    public static String mask(String text) {
        int[] cps = text.strip().codePoints().toArray();
        if (cps.length <= 1) {
            return "*";
        }
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return out.append('*').toString();
        }
        for (int i = 1; i < cps.length - 1; i++) {
            out.append(cps[i] == ' ' ? ' ' : '*');
        }
        return out.appendCodePoint(cps[cps.length - 1]).toString();
    }

    @Override
    public String toString() {
        return "PersonName[" + masked() + "]";
    }
}
