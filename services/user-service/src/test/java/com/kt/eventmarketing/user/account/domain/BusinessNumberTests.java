package com.kt.eventmarketing.user.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62517", "2208162517", "124-81-00998", "104-81-53114"})
    void acceptsNumbersWithAValidCheckDigit(String number) {
        assertThat(BusinessNumber.problemOf(number)).isEmpty();
        assertThat(BusinessNumber.parse(number).formatted()).matches("\\d{3}-\\d{2}-\\d{5}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62518", "124-81-00990", "123-45-67890"})
    void rejectsAWrongCheckDigit(String number) {
        assertThat(BusinessNumber.problemOf(number))
                .hasValueSatisfying(p -> assertThat(p).contains("check digit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12-345-67890", "220816251", "22081625177", "abc-de-fghij", "220 81 62517"})
    void rejectsWhatIsNotTenDigits(String number) {
        assertThat(BusinessNumber.problemOf(number)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void cannotBeConstructedInvalid() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BusinessNumber("1234567890"));
    }
}
