package com.kt.eventmarketing.user.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.user.account.PhoneNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressAndPhoneTests {

    @ParameterizedTest
    @CsvSource({
        "서울특별시 마포구 양화로 45, 서울, 마포구",
        "부산광역시 해운대구 해운대해변로 264, 부산, 해운대구",
        "경기도 성남시 분당구 불정로 90, 경기, 성남시",
        "제주특별자치도 제주시 첨단로 242, 제주, 제주시",
        "세종특별자치시 한누리대로 2130 1층, 세종, "
    })
    void derivesRegionAndDistrictFromTheAddress(String text, String region, String district) {
        Address address = Address.parse(text);
        assertThat(address.region()).isEqualTo(region);
        assertThat(address.district()).isEqualTo(district);
    }

    @Test
    void rejectsAnAddressWithoutProvince() {
        assertThat(Address.problemOf("마포구 양화로 45")).isPresent();
        assertThat(Address.problemOf("서울특별시")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-1234-5678", "01012345678", "+82 10 1234 5678", "+821012345678", "010 1234 5678"})
    void readsEveryWayAMobileNumberIsWritten(String text) {
        PhoneNumber phone = PhoneNumbers.parse(text).orElseThrow();
        assertThat(phone.e164()).isEqualTo("+821012345678");
        assertThat(phone.national()).isEqualTo("010-1234-5678");
        assertThat(phone.masked()).isEqualTo("010-****-5678");
    }

    @Test
    void readsAStoreLandline() {
        assertThat(PhoneNumbers.parse("02-312-3456").orElseThrow().national()).isEqualTo("02-312-3456");
        assertThat(PhoneNumbers.parse("051-123-4567").orElseThrow().national()).isEqualTo("051-123-4567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "010-1234", "+1 415 555 0100", "010-1234-5678<script>", "phone", "0000000000"})
    void rejectsWhatIsNotAKoreanNumber(String text) {
        assertThat(PhoneNumbers.parse(text)).isEmpty();
    }
}
