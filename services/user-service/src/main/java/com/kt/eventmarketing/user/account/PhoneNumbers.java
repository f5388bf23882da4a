package com.kt.eventmarketing.user.account;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.kt.eventmarketing.user.account.domain.PhoneNumber;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Reads Korean phone numbers in every way people write them (010-1234-5678, 01012345678, +82 10 …). */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Set<PhoneNumberType> ACCEPTED = EnumSet.of(
            PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
            PhoneNumberType.VOIP,
            PhoneNumberType.UAN);

    private PhoneNumbers() {}

    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 20 || !text.matches("[+0-9 ()\\-]+")) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(text, "KR");
            if (number.getCountryCode() != 82 || !UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            if (!ACCEPTED.contains(UTIL.getNumberType(number))) {
                return Optional.empty();
            }
            return PhoneNumber.ofE164(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
