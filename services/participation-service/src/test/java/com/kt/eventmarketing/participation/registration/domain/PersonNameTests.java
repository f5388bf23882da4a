package com.kt.eventmarketing.participation.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTests {

    @ParameterizedTest
    @CsvSource({"홍길동,홍*동", "남궁민수,남**수", "홍길,홍*", "김,*", "John Smith,J*** ****h"})
    void masksAllButTheFirstAndLastLetter(String name, String masked) {
        assertThat(PersonName.of(name).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "홍길동1", "=cmd|' /C calc'!A0", "Robert'); DROP TABLE", "😀", "   "})
    void rejectsWhatIsNotAName(String name) {
        assertThat(PersonName.problemOf(name)).isPresent();
    }

    @Test
    void limitsTheLength() {
        assertThat(PersonName.problemOf("가".repeat(30))).isEmpty();
        assertThat(PersonName.problemOf("가".repeat(31))).contains("must be at most 30 characters");
    }

    @Test
    void neverPrintsTheNameInFull() {
        assertThat(PersonName.of("홍길동").toString()).doesNotContain("길");
    }
}
