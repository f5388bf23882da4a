package com.kt.eventmarketing.participation.consent;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.jdbc.ArrayColumns;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbcTemplate;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MarketingConsents(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PersonalDataCipher cipher,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.cipher = cipher;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The stable id of a person's consent to a store (name-based UUID of store and phone index). */
    public static UUID consentId(UUID storeId, String phoneIndex) {
        return UUID.nameUUIDFromBytes(
                ("marketing-consent:" + storeId + ":" + phoneIndex).getBytes(StandardCharsets.UTF_8));
    }

    /** A consent given with an entry. */
    public record Grant(
            UUID storeId,
            PhoneNumber phone,
            String phoneIndex,
            String email,
            String version,
            UUID eventId,
            Instant at) {}

    /**
     * Records the consents given with a batch of entries. A consent is announced only when it is new for
     * the store or given again after a withdrawal: a person entering three events of a store is one audience
     * member. An e-mail given later is added to an existing consent without a new announcement. One
     * statement for the first consent of each store × person in the batch, then the rare repeats (the same
     * person entering two events of one store in the same batch) one by one, in order, so each is announced
     * as it would be alone.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grantAll(List<Grant> grants) {
        Map<UUID, Grant> first = new LinkedHashMap<>();
        List<Map<UUID, Grant>> repeats = new ArrayList<>();
        for (Grant grant : grants) {
            UUID consentId = consentId(grant.storeId(), grant.phoneIndex());
            if (first.putIfAbsent(consentId, grant) != null) {
                repeats.add(Map.of(consentId, grant));
            }
        }
        if (!first.isEmpty()) {
            upsert(first);
        }
        repeats.forEach(this::upsert);
    }

    /** Grants each consent (by consent id, distinct) in one statement; announces those it changed. */
    private void upsert(Map<UUID, Grant> grants) {
        ArrayColumns<Map.Entry<UUID, Grant>> rows = ArrayColumns.of(List.copyOf(grants.entrySet()))
                .add("uuid", Map.Entry::getKey)
                .add("uuid", e -> e.getValue().storeId())
                .add("text", e -> e.getValue().phoneIndex())
                .add("text", e -> e.getValue().version())
                .add("text", e -> cipher.encrypt(e.getValue().phone().digits(), PHONE_CONTEXT))
                .add("text", e -> {
                    String email = normalised(e.getValue().email());
                    return email == null ? null : cipher.encrypt(email, EMAIL_CONTEXT);
                })
                .add("uuid", e -> e.getValue().eventId())
                .add("timestamp", e -> Timestamp.from(e.getValue().at()));
        Set<UUID> changed = new HashSet<>();
        jdbcTemplate.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement upsert = c.prepareStatement(GRANT_ALL)) {
                rows.bind(upsert);
                try (ResultSet rs = upsert.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(2)) {
                            changed.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
            }
            return null;
        });
        grants.forEach((consentId, g) -> {
            if (changed.contains(consentId)) {
                announceGranted(consentId, g);
            }
        });
    }

    /**
     * Grants (or grants again) each consent, over arrays: one row per consent id (the callers keep them
     * distinct). {@code changed}: the consent is new, or was withdrawn.
     */
    private static final String GRANT_ALL = """
            INSERT INTO marketing_consents (consent_id, store_id, phone_index, granted, wording_version,
                                            phone_cipher, email_cipher, source_event_id, granted_at, updated_at)
            SELECT id, store, phone_index, true, version, phone, email, event, at, at
            FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::timestamp[])
                 AS v(id, store, phone_index, version, phone, email, event, at)
            ON CONFLICT (store_id, phone_index) DO UPDATE SET
                granted = true, wording_version = EXCLUDED.wording_version,
                phone_cipher = EXCLUDED.phone_cipher,
                email_cipher = coalesce(EXCLUDED.email_cipher, marketing_consents.email_cipher),
                source_event_id = EXCLUDED.source_event_id,
                granted_at = CASE WHEN marketing_consents.granted THEN marketing_consents.granted_at
                                  ELSE EXCLUDED.granted_at END,
                withdrawn_at = NULL, updated_at = EXCLUDED.updated_at
            RETURNING consent_id, (xmax = 0) OR NOT (SELECT granted FROM marketing_consents m
                                                     WHERE m.consent_id = marketing_consents.consent_id) AS changed""";

    private static String normalised(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private void announceGranted(UUID consentId, Grant g) {
        String email = normalised(g.email());
        publisher.publishEvent(MarketingConsentChanged.granted(
                consentId,
                g.storeId(),
                g.phoneIndex(),
                cipher.encrypt(g.phone().digits(), MESSAGE_PHONE_CONTEXT),
                email == null ? null : cipher.encrypt(email, MESSAGE_EMAIL_CONTEXT),
                g.version(),
                g.at()));
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
