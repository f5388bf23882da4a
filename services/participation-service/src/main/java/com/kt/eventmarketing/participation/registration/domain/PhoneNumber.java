package com.kt.eventmarketing.participation.registration.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Korean mobile number, normalised to its domestic digits ({@code 01012345678}) whichever way it was
 * written (010-1234-5678, 010 1234 5678, +82 10-1234-5678, 821012345678): the same person is the same
 * number. Only mobile numbers (010, 011, 016–019) are accepted: winners are told by SMS.
 */
public record PhoneNumber(String digits) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern WRITTEN = Pattern.compile("[+0-9 ()\\-.]{9,20}");
    private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();
    private static final Pattern SEPARATORS = Pattern.compile("[ ()\\-.]");
    private static final Pattern DOMESTIC = Pattern.compile("010[0-9]{8}|01[16789][0-9]{7,8}");

    public PhoneNumber {
        if (digits == null || !DOMESTIC.matcher(digits).matches()) {
            throw new IllegalArgumentException("Not a normalised Korean mobile number");
        }
    }

    /**
     * The number written in {@code text}, if it is a Korean mobile number. An entry is parsed twice (its
     * validation, then the controller) on one thread: the last result of the thread is reused.
     */
    public static Optional<PhoneNumber> parse(String text) {
        Parsed last = LAST.get();
        if (last != null && last.text().equals(text)) {
            return last.number();
        }
        Optional<PhoneNumber> number = parseAnew(text);
        if (text != null) {
            LAST.set(new Parsed(text, number));
        }
        return number;
    }

    private record Parsed(String text, Optional<PhoneNumber> number) {}

    private static Optional<PhoneNumber> parseAnew(String text) {
        if (text == null || !WRITTEN.matcher(text.strip()).matches()) {
            return Optional.empty();
        }
        String written = text.strip();
        String compact = SEPARATORS.matcher(written).replaceAll("");
        if (DOMESTIC.matcher(compact).matches()) {
            // the usual way of writing it (010-1234-5678, 01012345678): the national number is known
            // without libphonenumber's general parser; its metadata still decides whether it is a mobile
            return mobile(new Phonenumber.PhoneNumber().setCountryCode(82).setNationalNumber(Long.parseLong(compact)));
        }
        if (compact.startsWith("82")) {
            written = "+" + compact;
        }
        try {
            return mobile(UTIL.parse(written, "KR"));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The number if it is a Korean mobile number (its type is MOBILE only when it is also valid). */
    private static Optional<PhoneNumber> mobile(Phonenumber.PhoneNumber number) {
        if (number.getCountryCode() != 82 || UTIL.getNumberType(number) != PhoneNumberType.MOBILE) {
            return Optional.empty();
        }
        String domestic = "0" + number.getNationalNumber();
        return DOMESTIC.matcher(domestic).matches() ? Optional.of(new PhoneNumber(domestic)) : Optional.empty();
    }

    /** {@code 010-****-5678}: only the prefix and the last four digits show. */
    public String masked() {
        String prefix = digits.substring(0, 3);
        String middle = "*".repeat(digits.length() - 7);
        return prefix + "-" + middle + "-" + lastFour();
    }

    public String lastFour() {
        return digits.substring(digits.length() - 4);
    }

    /** {@code 010-1234-5678}: for the owner's audited reveal only. */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, digits.length() - 4) + "-" + lastFour();
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + masked() + "]";
    }
}
