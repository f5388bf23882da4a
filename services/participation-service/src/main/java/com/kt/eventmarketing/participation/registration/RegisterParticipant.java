package com.kt.eventmarketing.participation.registration;

import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.participation.registration.domain.PersonName;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import java.util.UUID;

/**
 * An entry as submitted, already validated. {@code submissionKey} identifies one submission of the
 * form (the page generates it; a retry sends it again), {@code honeypot} is the hidden field people
 * never fill in.
 */
public record RegisterParticipant(
        UUID eventId,
        PersonName name,
        PhoneNumber phone,
        EntryChannel channel,
        boolean marketingConsent,
        String email,
        String honeypot,
        String submissionKey,
        String clientIp) {

    @Override
    public String toString() {
        return "RegisterParticipant[event=" + eventId + ", channel=" + channel + "]";
    }
}
