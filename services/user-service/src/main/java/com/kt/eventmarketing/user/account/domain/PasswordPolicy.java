package com.kt.eventmarketing.user.account.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a store owner's password must be: 8 to 64 characters with letters, digits and a symbol (the
 * 영문·숫자·특수문자 rule Korean users know), no whitespace, no long runs of one character, not a
 * well-known password and not their e-mail name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    // BCrypt reads at most 72 bytes; 64 characters of ASCII stay inside it
    public static final int MAX_LENGTH = 64;

    private static final Set<String> WELL_KNOWN = Set.of(
            "password1!",
            "p@ssw0rd",
            "p@ssw0rd!",
            "qwer1234!",
            "qwerty123!",
            "1q2w3e4r!",
            "1q2w3e4r5t!",
            "abcd1234!",
            "admin123!",
            "iloveyou1!",
            "asdf1234!",
            "zxcv1234!",
            "a1234567!",
            "passw0rd!");

    private PasswordPolicy() {}

    /** Every rule the password breaks, in words; empty when it is acceptable. */
    public static List<String> violations(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("is required");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            problems.add("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (password.chars().anyMatch(Character::isWhitespace)) {
            problems.add("must not contain spaces");
        }
        boolean letter = password.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean symbol =
                password.chars().anyMatch(c -> c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
        if (!letter || !digit || !symbol) {
            problems.add("must combine letters, digits and symbols");
        }
        if (password.matches(".*(.)\\1{3,}.*")) {
            problems.add("must not repeat one character 4 times in a row");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower)) {
            problems.add("is a well-known password; choose another");
        }
        if (email != null && email.contains("@")) {
            String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (name.length() >= 4 && lower.contains(name)) {
                problems.add("must not contain your e-mail name");
            }
        }
        return problems;
    }
}
