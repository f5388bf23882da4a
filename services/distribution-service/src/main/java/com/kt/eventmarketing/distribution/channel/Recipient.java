package com.kt.eventmarketing.distribution.channel;

/**
 * A person a direct message goes to. {@code ref} identifies them without contact data (the blind
 * index); {@code phone} is 11 domestic digits, {@code email} may be {@code null}.
 */
public record Recipient(String ref, String phone, String email) {

    @Override
    public String toString() {
        return "Recipient[" + ref + "]"; // never log contact data
    }
}
