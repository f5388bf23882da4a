package com.kt.eventmarketing.distribution.audience;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost.Audience;
import com.kt.eventmarketing.distribution.channel.Recipient;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each store's marketing audience, kept from the participation service's consent messages: the people
 * SMS and e-mail advertising may go to. Messages may arrive twice or out of order, so per consent the
 * later {@code occurredAt} wins; a withdrawal clears the contact data and keeps only the blind index,
 * which also blocks that number if it ever appears under another consent that is older.
 */
@Service
public class Audiences {

    static final String PHONE_CONTEXT = "message.phone";
    static final String EMAIL_CONTEXT = "message.email";

    private static final Logger log = LoggerFactory.getLogger(Audiences.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    Audiences(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    public void on(MarketingConsentChanged change) {
        int changed = jdbc.sql("""
                        INSERT INTO audience (consent_id, store_id, granted, phone_index, phone_cipher, email_cipher,
                                              wording_version, changed_at, updated_at)
                        VALUES (:consent, :store, :granted, :index, :phone, :email, :wording, :at, :now)
                        ON CONFLICT (consent_id) DO UPDATE SET
                            granted = excluded.granted, phone_index = excluded.phone_index,
                            phone_cipher = excluded.phone_cipher, email_cipher = excluded.email_cipher,
                            wording_version = excluded.wording_version, changed_at = excluded.changed_at,
                            updated_at = excluded.updated_at
                        WHERE audience.changed_at < excluded.changed_at""")
                .param("consent", change.consentId())
                .param("store", change.storeId())
                .param("granted", change.granted())
                .param("index", change.phoneIndex())
                .param("phone", change.granted() ? change.phoneCipher() : null)
                .param("email", change.granted() ? change.emailCipher() : null)
                .param("wording", change.wordingVersion())
                .param("at", Timestamp.from(change.occurredAt()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed == 0) {
            log.debug("Consent change {} is older than the one already known; ignored", change.messageId());
        }
    }

    /** How many people of the store may receive SMS, and e-mail. */
    @Transactional(readOnly = true)
    public Audience size(UUID storeId) {
        return jdbc.sql("SELECT count(DISTINCT a.phone_index) AS phones,"
                        + " count(DISTINCT a.phone_index) FILTER (WHERE a.email_cipher IS NOT NULL) AS emails"
                        + " FROM audience a WHERE " + REACHABLE)
                .param("store", storeId)
                .query((rs, n) -> new Audience(rs.getLong("phones"), rs.getLong("emails")))
                .single();
    }

    /**
     * The people of the store an advertising message of this channel may go to now, decrypted for
     * sending: granted and not withdrawn, one per phone number; for e-mail only those who gave one.
     */
    @Transactional(readOnly = true)
    public List<Recipient> recipients(UUID storeId, Channel channel) {
        if (channel != Channel.SMS && channel != Channel.EMAIL) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("SELECT DISTINCT ON (a.phone_index) a.phone_index, a.phone_cipher, a.email_cipher"
                        + " FROM audience a WHERE " + REACHABLE
                        + (channel == Channel.EMAIL ? " AND a.email_cipher IS NOT NULL" : "")
                        + " ORDER BY a.phone_index, a.changed_at DESC")
                .param("store", storeId)
                .query((rs, n) -> new Row(
                        rs.getString("phone_index"), rs.getString("phone_cipher"), rs.getString("email_cipher")))
                .list();
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (Row row : rows) {
            try {
                if (channel == Channel.SMS) {
                    recipients.putIfAbsent(
                            row.phoneIndex(),
                            new Recipient(row.phoneIndex(), cipher.decrypt(row.phone(), PHONE_CONTEXT), null));
                } else {
                    String email =
                            cipher.decrypt(row.email(), EMAIL_CONTEXT).strip().toLowerCase(Locale.ROOT);
                    String ref = cipher.blindIndex(email, "email");
                    recipients.putIfAbsent(ref, new Recipient(ref, null, email));
                }
            } catch (RuntimeException e) {
                // one unreadable entry (a key no longer configured) must not stop the others
                log.warn("Skipped an audience entry of store {} that cannot be decrypted: {}", storeId, e.getMessage());
            }
        }
        return new ArrayList<>(recipients.values());
    }

    // granted, with contact data, and no withdrawal of the same number for the store after it
    private static final String REACHABLE = """
            a.store_id = :store AND a.granted AND a.phone_cipher IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM audience w WHERE w.store_id = a.store_id AND w.phone_index = a.phone_index
                            AND NOT w.granted AND w.changed_at > a.changed_at)""";

    private record Row(String phoneIndex, String phone, String email) {}
}
