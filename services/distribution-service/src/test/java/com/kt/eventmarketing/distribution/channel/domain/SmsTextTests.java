package com.kt.eventmarketing.distribution.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTests {

    @Test
    void hangulCountsTwoBytesAsciiOne() {
        assertThat(SmsText.bytes("가나다")).isEqualTo(6);
        assertThat(SmsText.bytes("abc 123")).isEqualTo(7);
        assertThat(SmsText.bytes("(광고)")).isEqualTo(6);
    }

    @Test
    void ninetyBytesIsStillAnSmsOneMoreIsAnLms() {
        String fortyFiveSyllables = "가".repeat(45);
        assertThat(SmsText.kindOf(fortyFiveSyllables)).isEqualTo(SmsText.Kind.SMS);
        assertThat(SmsText.kindOf(fortyFiveSyllables + "a")).isEqualTo(SmsText.Kind.LMS);
    }

    @Test
    void charactersOutsideKoreanEncodingCountAsTwo() {
        assertThat(SmsText.bytes("🎁")).isEqualTo(2);
    }

    @Test
    void fittingCutsOnACharacterAndMarksTheCut() {
        String fitted = SmsText.fit("가".repeat(100), 20);
        assertThat(SmsText.bytes(fitted)).isLessThanOrEqualTo(20);
        assertThat(fitted).endsWith("…");
        assertThat(SmsText.fit("짧은 글", 20)).isEqualTo("짧은 글");
    }
}
