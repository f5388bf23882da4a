package com.kt.eventmarketing.participation.consent;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing consent per store × person, separate from entries: given (optionally, never pre-ticked)
 * with an entry, withdrawn by a free opt-out. The audience of the store's SMS and EMAIL channels
 * learns of both through {@link MarketingConsentChanged}. Contact data in the message follows the
 * platform agreement: {@code phoneCipher = encrypt(digits, "message.phone")}, {@code emailCipher =
 * encrypt(lower-cased email, "message.email")}, {@code phoneIndex = blindIndex(digits, "phone")}.
 */
@Service
public class MarketingConsents {

    public static final String PHONE_INDEX_CONTEXT = "phone";
    public static final String MESSAGE_PHONE_CONTEXT = "message.phone";
    public static final String MESSAGE_EMAIL_CONTEXT = "message.email";
    private static final String PHONE_CONTEXT = "marketing_consents.phone";
    private static final String EMAIL_CONTEXT = "marketing_consents.email";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MarketingConsents(JdbcClient jdbc, PersonalDataCipher cipher, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The stable id of a person's consent to a store (name-based UUID of store and phone index). */
    public static UUID consentId(UUID storeId, String phoneIndex) {
        return UUID.nameUUIDFromBytes(
                ("marketing-consent:" + storeId + ":" + phoneIndex).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records a consent given with an entry. Announced only when it is new for the store or given
     * again after a withdrawal: a person entering three events of a store is one audience member.
     * An e-mail given later is added to an existing consent without a new announcement.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grant(
            UUID storeId,
            PhoneNumber phone,
            String phoneIndex,
            String email,
            String version,
            UUID eventId,
            Instant at) {
        UUID consentId = consentId(storeId, phoneIndex);
        String normalisedEmail = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        Boolean changed = jdbc.sql("""
                        INSERT INTO marketing_consents (consent_id, store_id, phone_index, granted, wording_version,
                                                        phone_cipher, email_cipher, source_event_id, granted_at, updated_at)
                        VALUES (:id, :store, :index, true, :version, :phone, :email, :event, :at, :at)
                        ON CONFLICT (store_id, phone_index) DO UPDATE SET
                            granted = true, wording_version = EXCLUDED.wording_version,
                            phone_cipher = EXCLUDED.phone_cipher,
                            email_cipher = coalesce(EXCLUDED.email_cipher, marketing_consents.email_cipher),
                            source_event_id = EXCLUDED.source_event_id,
                            granted_at = CASE WHEN marketing_consents.granted THEN marketing_consents.granted_at
                                              ELSE EXCLUDED.granted_at END,
                            withdrawn_at = NULL, updated_at = EXCLUDED.updated_at
                        RETURNING (xmax = 0) OR NOT (SELECT granted FROM marketing_consents m
                                                     WHERE m.consent_id = marketing_consents.consent_id) AS changed""")
                .param("id", consentId)
                .param("store", storeId)
                .param("index", phoneIndex)
                .param("version", version)
                .param("phone", cipher.encrypt(phone.digits(), PHONE_CONTEXT))
                .param("email", normalisedEmail == null ? null : cipher.encrypt(normalisedEmail, EMAIL_CONTEXT))
                .param("event", eventId)
                .param("at", Timestamp.from(at))
                .query(Boolean.class)
                .single();
        if (Boolean.TRUE.equals(changed)) {
            publisher.publishEvent(MarketingConsentChanged.granted(
                    consentId,
                    storeId,
                    phoneIndex,
                    cipher.encrypt(phone.digits(), MESSAGE_PHONE_CONTEXT),
                    normalisedEmail == null ? null : cipher.encrypt(normalisedEmail, MESSAGE_EMAIL_CONTEXT),
                    version,
                    at));
        }
    }

    /**
     * The free opt-out: withdraws the person's consent to the store if there is one. Says nothing about
     * whether there was (the caller answers the same either way).
     */
    @Transactional
    public void withdraw(UUID storeId, PhoneNumber phone) {
        String phoneIndex = cipher.blindIndex(phone.digits(), PHONE_INDEX_CONTEXT);
        Instant now = clock.instant();
        int withdrawn = jdbc.sql("""
                        UPDATE marketing_consents SET granted = false, withdrawn_at = :at, phone_cipher = NULL,
                                                      email_cipher = NULL, updated_at = :at
                        WHERE store_id = :store AND phone_index = :index AND granted""")
                .param("at", Timestamp.from(now))
                .param("store", storeId)
                .param("index", phoneIndex)
                .update();
        if (withdrawn > 0) {
            publisher.publishEvent(
                    MarketingConsentChanged.withdrawn(consentId(storeId, phoneIndex), storeId, phoneIndex, now));
        }
    }
}
