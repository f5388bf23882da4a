package com.kt.eventmarketing.user.account.domain;

import java.util.Optional;

/**
 * 사업자등록번호: ten digits {@code 123-45-67890} whose last digit is a check digit over the first
 * nine (weights 1,3,7,1,3,7,1,3,5, plus the tens of the ninth digit × 5).
 */
public record BusinessNumber(String digits) {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    public BusinessNumber {
        if (problemWith(digits).isPresent()) {
            throw new IllegalArgumentException(problemWith(digits).get());
        }
    }

    /** Accepts {@code 1234567890} and {@code 123-45-67890}. */
    public static BusinessNumber parse(String text) {
        return new BusinessNumber(text == null ? null : text.replace("-", "").strip());
    }

    /** What is wrong with the text as a business registration number, if anything. */
    public static Optional<String> problemOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        String trimmed = text.strip();
        if (!trimmed.matches("\\d{10}|\\d{3}-\\d{2}-\\d{5}")) {
            return Optional.of("must be 10 digits written as 123-45-67890");
        }
        return problemWith(trimmed.replace("-", ""));
    }

    private static Optional<String> problemWith(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return Optional.of("must be 10 digits written as 123-45-67890");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += ((digits.charAt(8) - '0') * 5) / 10;
        int check = (10 - sum % 10) % 10;
        return check == digits.charAt(9) - '0'
                ? Optional.empty()
                : Optional.of("is not a valid business registration number (check digit mismatch)");
    }

    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }
}
