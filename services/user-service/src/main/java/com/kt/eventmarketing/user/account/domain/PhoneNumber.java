package com.kt.eventmarketing.user.account.domain;

import java.util.Optional;

/**
 * A Korean telephone number (mobile or a store's landline) in one canonical form, E.164
 * ({@code +821012345678}), whatever way it was written. Parsing lives in the infrastructure (it
 * uses libphonenumber); this type only carries the checked value.
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+82\\d{8,10}")) {
            throw new IllegalArgumentException("not a canonical Korean phone number: " + e164);
        }
    }

    /** The way Koreans write it: 010-1234-5678, 02-123-4567. */
    public String national() {
        String digits = "0" + e164.substring(3);
        if (digits.startsWith("02")) {
            return digits.length() == 9
                    ? digits.substring(0, 2) + "-" + digits.substring(2, 5) + "-" + digits.substring(5)
                    : digits.substring(0, 2) + "-" + digits.substring(2, 6) + "-" + digits.substring(6);
        }
        if (digits.length() == 8) {
            return digits.substring(0, 4) + "-" + digits.substring(4);
        }
        int middle = digits.length() - 4;
        return digits.substring(0, 3) + "-" + digits.substring(3, middle) + "-" + digits.substring(middle);
    }

    /** {@code 010-****-5678}: for lists and logs. */
    public String masked() {
        String national = national();
        int first = national.indexOf('-');
        int last = national.lastIndexOf('-');
        return first < 0 || first == last
                ? "****" + national.substring(national.length() - 4)
                : national.substring(0, first + 1) + "****" + national.substring(last);
    }

    public static Optional<PhoneNumber> ofE164(String e164) {
        try {
            return Optional.of(new PhoneNumber(e164));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
