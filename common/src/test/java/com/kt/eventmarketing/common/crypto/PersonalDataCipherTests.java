package com.kt.eventmarketing.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

    private static final byte[] KEY_1 = "0123456789abcdef0123456789abcdef".getBytes();
    private static final byte[] KEY_2 = "fedcba9876543210fedcba9876543210".getBytes();
    private static final byte[] HMAC = "an hmac key of at least 32 bytes".getBytes();

    private final PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", KEY_1), "k1", HMAC);

    @Test
    void encryptsSoThatOnlyTheKeyReadsItBack() {
        String sealed = cipher.encrypt("+821012345678", "participants.phone");

        assertThat(sealed).startsWith("v1:k1:").doesNotContain("1012345678");
        assertThat(cipher.decrypt(sealed, "participants.phone")).isEqualTo("+821012345678");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("홍길동", "c")).isNotEqualTo(cipher.encrypt("홍길동", "c"));
    }

    @Test
    void aValueMovedToAnotherColumnDoesNotDecrypt() {
        String sealed = cipher.encrypt("+821012345678", "users.phone");

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(sealed, "participants.phone"));
    }

    @Test
    void tamperingIsDetected() {
        String sealed = cipher.encrypt("+821012345678", "c");
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(tampered, "c"));
    }

    @Test
    void oldDataStaysReadableAfterKeyRotation() {
        String old = cipher.encrypt("+821012345678", "c");
        PersonalDataCipher rotated = new PersonalDataCipher(Map.of("k1", KEY_1, "k2", KEY_2), "k2", HMAC);

        assertThat(rotated.decrypt(old, "c")).isEqualTo("+821012345678");
        assertThat(rotated.needsRotation(old)).isTrue();
        assertThat(rotated.encrypt("x", "c")).startsWith("v1:k2:");
    }

    @Test
    void blindIndexIsStableAndKeyed() {
        PersonalDataCipher other =
                new PersonalDataCipher(Map.of("k1", KEY_1), "k1", "another hmac key, also 32 bytes!".getBytes());

        assertThat(cipher.blindIndex("+821012345678", "c")).isEqualTo(cipher.blindIndex("+821012345678", "c"));
        assertThat(cipher.blindIndex("+821012345678", "c")).isNotEqualTo(other.blindIndex("+821012345678", "c"));
        assertThat(cipher.blindIndex("+821012345678", "c")).hasSize(64).doesNotContain("1012345678");
    }
}
