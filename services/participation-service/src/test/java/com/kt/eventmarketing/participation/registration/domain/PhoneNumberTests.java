package com.kt.eventmarketing.participation.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010-1234-5678",
                "01012345678",
                "010 1234 5678",
                "+82 10 1234 5678",
                "+82-10-1234-5678",
                "+821012345678",
                "821012345678",
                "(010) 1234-5678",
                " 010.1234.5678 "
            })
    void readsEveryWayPeopleWriteTheSameMobileNumber(String written) {
        assertThat(PhoneNumber.parse(written)).contains(new PhoneNumber("01012345678"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "02-123-4567", // Seoul landline: winners are told by SMS
                "070-1234-5678", // VoIP
                "1588-1234",
                "010-1234-567",
                "010-1234-56789",
                "+1 415 555 0100",
                "010-12a4-5678",
                "010)1234<5678",
                "",
                "0101234567890123456789"
            })
    void rejectsWhatIsNotAKoreanMobileNumber(String written) {
        assertThat(PhoneNumber.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"011-234-5678", "016-234-5678", "019-2345-6789"})
    void acceptsOldMobilePrefixes(String written) {
        assertThat(PhoneNumber.parse(written)).isPresent();
    }

    /**
     * The usual domestic form skips libphonenumber's general parser: over numbers of every mobile prefix
     * and length, including those its metadata refuses (010-5xxx, 010-0xxx, …), it decides as the
     * parser does.
     */
    @org.junit.jupiter.api.Test
    void decidesTheUsualDomesticFormAsLibphonenumberDoes() throws Exception {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        java.util.Random random = new java.util.Random(7);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            String prefix = List.of("010", "011", "016", "017", "018", "019").get(random.nextInt(6));
            int length = 7 + random.nextInt(2);
            String rest = String.format("%0" + length + "d", random.nextLong((long) Math.pow(10, length)));
            String written = random.nextBoolean()
                    ? prefix + rest
                    : prefix + "-" + rest.substring(0, length - 4) + "-" + rest.substring(length - 4);
            var reference = util.parse(written, "KR");
            // and 010 numbers have 8 digits after the prefix (the older 10-digit 010 numbers are gone)
            boolean mobile = util.isValidNumber(reference)
                    && util.getNumberType(reference) == PhoneNumberUtil.PhoneNumberType.MOBILE
                    && ("0" + reference.getNationalNumber()).matches("010[0-9]{8}|01[16789][0-9]{7,8}");
            assertThat(PhoneNumber.parse(written).isPresent()).as(written).isEqualTo(mobile);
            if (mobile) {
                assertThat(PhoneNumber.parse(written).orElseThrow().digits()).isEqualTo(prefix + rest);
                accepted++;
            } else {
                refused++;
            }
        }
        assertThat(accepted).isPositive();
        assertThat(refused).isPositive();
    }

    @org.junit.jupiter.api.Test
    void masksAllButThePrefixAndTheLastFourDigits() {
        assertThat(new PhoneNumber("01012345678").masked()).isEqualTo("010-****-5678");
        assertThat(new PhoneNumber("0112345678").masked()).isEqualTo("011-***-5678");
        assertThat(new PhoneNumber("01012345678").toString()).doesNotContain("1234");
        assertThat(new PhoneNumber("01012345678").formatted()).isEqualTo("010-1234-5678");
    }
}
