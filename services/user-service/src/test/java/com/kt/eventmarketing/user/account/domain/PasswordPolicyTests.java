package com.kt.eventmarketing.user.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsALongMixedPassword() {
        assertThat(PasswordPolicy.violations("Coffee!2026", "owner@example.com"))
                .isEmpty();
    }

    @Test
    void namesEveryRuleAWeakPasswordBreaks() {
        assertThat(PasswordPolicy.violations("aaaa", null))
                .contains(
                        "must be 8 to 64 characters long",
                        "must combine letters, digits and symbols",
                        "must not repeat one character 4 times in a row");
    }

    @Test
    void rejectsWellKnownPasswords() {
        assertThat(PasswordPolicy.violations("Qwer1234!", null)).contains("is a well-known password; choose another");
    }

    @Test
    void rejectsThePasswordContainingTheEmailName() {
        assertThat(PasswordPolicy.violations("Kimbap#2026kimbap", "kimbap@example.com"))
                .contains("must not contain your e-mail name");
    }

    @Test
    void rejectsSpacesAndOverlongPasswords() {
        assertThat(PasswordPolicy.violations("Coffee 2026!", null)).contains("must not contain spaces");
        assertThat(PasswordPolicy.violations("Ab1!".repeat(17), null)).contains("must be 8 to 64 characters long");
    }
}
