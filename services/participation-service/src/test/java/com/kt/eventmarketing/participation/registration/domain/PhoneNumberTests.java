package com.kt.eventmarketing.participation.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

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

    @org.junit.jupiter.api.Test
    void masksAllButThePrefixAndTheLastFourDigits() {
        assertThat(new PhoneNumber("01012345678").masked()).isEqualTo("010-****-5678");
        assertThat(new PhoneNumber("0112345678").masked()).isEqualTo("011-***-5678");
        assertThat(new PhoneNumber("01012345678").toString()).doesNotContain("1234");
        assertThat(new PhoneNumber("01012345678").formatted()).isEqualTo("010-1234-5678");
    }
}
