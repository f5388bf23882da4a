package com.kt.eventmarketing.contracts.participation;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A person gave ({@code granted}) or withdrew marketing consent for one store: the audience of the
 * store's SMS and EMAIL channels. {@code consentId} identifies the person × store (the same on
 * withdrawal), {@code phoneIndex} is the keyed hash (blind index) of the normalised phone number.
 * Contact details travel encrypted with the platform's personal-data key ({@code phoneCipher},
 * {@code emailCipher}; both {@code null} on withdrawal, the email also when none was given).
 * {@code wordingVersion} is the consent text the person agreed to.
 */
public record MarketingConsentChanged(
        UUID messageId,
        Instant occurredAt,
        UUID consentId,
        UUID storeId,
        boolean granted,
        String phoneIndex,
        String phoneCipher,
        String emailCipher,
        String wordingVersion)
        implements IntegrationEvent {

    public static final String TOPIC = "participation.marketing-consent-changed.v1";

    public static MarketingConsentChanged granted(
            UUID consentId,
            UUID storeId,
            String phoneIndex,
            String phoneCipher,
            String emailCipher,
            String wordingVersion,
            Instant at) {
        return new MarketingConsentChanged(
                UUID.randomUUID(), at, consentId, storeId, true, phoneIndex, phoneCipher, emailCipher, wordingVersion);
    }

    public static MarketingConsentChanged withdrawn(UUID consentId, UUID storeId, String phoneIndex, Instant at) {
        return new MarketingConsentChanged(
                UUID.randomUUID(), at, consentId, storeId, false, phoneIndex, null, null, null);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return consentId.toString();
    }
}
