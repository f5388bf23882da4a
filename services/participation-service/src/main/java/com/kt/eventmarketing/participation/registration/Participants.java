package com.kt.eventmarketing.participation.registration;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.jdbc.ArrayColumns;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Entries in PostgreSQL. Name, phone and e-mail only encrypted; the phone's blind index carries the
 * database's one-entry-per-phone rule; masked forms serve lists and search.
 */
@Repository
public class Participants {

    static final String NAME_CONTEXT = "participants.name";
    static final String PHONE_CONTEXT = "participants.phone";
    static final String EMAIL_CONTEXT = "participants.email";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final PersonalDataCipher cipher;

    Participants(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.cipher = cipher;
    }

    record NewEntry(
            UUID participantId,
            UUID eventId,
            UUID storeId,
            String sequence,
            EntryChannel channel,
            String name,
            String nameMasked,
            PhoneNumber phone,
            String phoneIndex,
            String email,
            String submissionKey,
            String privacyVersion,
            boolean marketingConsent,
            String marketingVersion,
            Instant at) {}

    /**
     * Inserts the entries whose phone has not entered their event yet, numbering each from its event's
     * sequence: one statement for the whole batch (arrays unnested). The NOT EXISTS spares a number for
     * the usual duplicate; a concurrent duplicate, or two of one phone in the batch, still meets the
     * unique constraint and is skipped (leaving a harmless gap in the numbering). Returns the entry
     * number of each inserted participant id.
     */
    Map<UUID, Long> insertAll(List<NewEntry> entries) {
        ArrayColumns<NewEntry> rows = ArrayColumns.of(entries)
                .add("uuid", NewEntry::participantId)
                .add("uuid", NewEntry::eventId)
                .add("uuid", NewEntry::storeId)
                .add("text", NewEntry::sequence)
                .add("text", e -> e.channel().name())
                .add("text", e -> cipher.encrypt(e.name(), NAME_CONTEXT))
                .add("text", NewEntry::nameMasked)
                .add("text", e -> cipher.encrypt(e.phone().digits(), PHONE_CONTEXT))
                .add("text", NewEntry::phoneIndex)
                .add("text", e -> e.phone().masked())
                .add("text", e -> e.email() == null ? null : cipher.encrypt(e.email(), EMAIL_CONTEXT))
                .add("text", NewEntry::submissionKey)
                .add("text", NewEntry::privacyVersion)
                .add("timestamp", e -> Timestamp.from(e.at()))
                .add("bool", NewEntry::marketingConsent)
                .add("text", NewEntry::marketingVersion);
        Map<UUID, Long> inserted = new HashMap<>();
        jdbcTemplate.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_ALL)) {
                rows.bind(insert);
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        inserted.put(rs.getObject(1, UUID.class), rs.getLong(2));
                    }
                }
            }
            return null;
        });
        return inserted;
    }

    private static final String INSERT_ALL = """
            INSERT INTO participants (participant_id, event_id, store_id, entry_number, channel, name_cipher,
                                      name_masked, phone_cipher, phone_index, phone_masked, email_cipher,
                                      submission_key, privacy_consent_version, privacy_consented_at,
                                      marketing_consent, marketing_consent_version, created_at)
            SELECT v.id, v.event, v.store, nextval(v.seq::regclass), v.channel, v.name, v.name_masked, v.phone,
                   v.phone_index, v.phone_masked, v.email, v.submission, v.privacy_version, v.at, v.marketing,
                   v.marketing_version, v.at
            FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamp[], ?::boolean[], ?::text[])
                 AS v(id, event, store, seq, channel, name, name_masked, phone, phone_index, phone_masked, email,
                      submission, privacy_version, at, marketing, marketing_version)
            WHERE NOT EXISTS (SELECT 1 FROM participants p
                              WHERE p.event_id = v.event AND p.phone_index = v.phone_index::char(64))
            ON CONFLICT DO NOTHING
            RETURNING participant_id, entry_number""";

    record Existing(UUID eventId, String phoneIndex, UUID participantId, long entryNumber, String submissionKey) {}

    /** The entries already made with the phones of these entries in their events, by {@link #phoneKey}. */
    Map<String, Existing> byPhones(List<NewEntry> entries) {
        Map<String, Existing> found = new HashMap<>();
        jdbcTemplate.execute((ConnectionCallback<Void>) c -> {
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT p.event_id, p.phone_index, p.participant_id, p.entry_number, p.submission_key
                    FROM participants p
                    JOIN unnest(?::uuid[], ?::text[]) AS v(event, phone_index)
                      ON p.event_id = v.event AND p.phone_index = v.phone_index::char(64)""")) {
                ArrayColumns.of(entries)
                        .add("uuid", NewEntry::eventId)
                        .add("text", NewEntry::phoneIndex)
                        .bind(select);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Existing e = new Existing(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getObject(3, UUID.class),
                                rs.getLong(4),
                                rs.getString(5));
                        found.put(phoneKey(e.eventId(), e.phoneIndex()), e);
                    }
                }
            }
            return null;
        });
        return found;
    }

    static String phoneKey(UUID eventId, String phoneIndex) {
        return eventId + "/" + phoneIndex;
    }

    /** The next number the event's sequence would give, without taking it. */
    long peekNextNumber(String sequence) {
        return jdbc.sql("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM " + sequence)
                .query(Long.class)
                .single();
    }

    /** One participant as the owner sees it (masked). */
    public record Listed(
            UUID participantId,
            long entryNumber,
            String nameMasked,
            String phoneMasked,
            EntryChannel channel,
            boolean storeVisited,
            boolean marketingConsent,
            boolean winner,
            Instant prizeDeliveredAt,
            Instant createdAt) {}

    /** The owner's search: masked name or phone fragment, last digits, channel, store visit. */
    public record Filter(String query, EntryChannel channel, Boolean storeVisited) {}

    private static final String LISTED = """
            SELECT p.participant_id, p.entry_number, p.name_masked, p.phone_masked, p.channel, p.store_visited,
                   p.prize_delivered_at, p.created_at,
                   EXISTS (SELECT 1 FROM marketing_consents m WHERE m.store_id = p.store_id
                           AND m.phone_index = p.phone_index AND m.granted) AS marketing_consent,
                   EXISTS (SELECT 1 FROM draw_winners w WHERE w.participant_id = p.participant_id) AS winner
            FROM participants p""";

    private static final String WHERE = """
             WHERE p.event_id = :event
               AND (:channel::text IS NULL OR p.channel = :channel)
               AND (:visited::boolean IS NULL OR p.store_visited = :visited)
               AND (:q::text IS NULL OR p.name_masked LIKE :like ESCAPE '\\' OR p.phone_masked LIKE :like ESCAPE '\\')""";

    List<Listed> page(UUID eventId, Filter filter, int page, int size) {
        return bind(
                        jdbc.sql(LISTED + " " + WHERE + " ORDER BY p.entry_number LIMIT :limit OFFSET :offset"),
                        eventId,
                        filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Participants::listed)
                .list();
    }

    long count(UUID eventId, Filter filter) {
        return bind(jdbc.sql("SELECT count(*) FROM participants p " + WHERE), eventId, filter)
                .query(Long.class)
                .single();
    }

    void forEach(UUID eventId, Consumer<Listed> consumer) {
        bind(jdbc.sql(LISTED + " " + WHERE + " ORDER BY p.entry_number"), eventId, new Filter(null, null, null))
                .withFetchSize(1000)
                .query(Participants::listed)
                .stream()
                .forEach(consumer);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UUID eventId, Filter filter) {
        String q = filter.query() == null || filter.query().isBlank()
                ? null
                : filter.query().strip();
        return spec.param("event", eventId)
                .param(
                        "channel",
                        filter.channel() == null ? null : filter.channel().name())
                .param("visited", filter.storeVisited())
                .param("q", q)
                .param(
                        "like",
                        q == null
                                ? null
                                : "%"
                                        + q.replace("\\", "\\\\")
                                                .replace("%", "\\%")
                                                .replace("_", "\\_") + "%");
    }

    private static Listed listed(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp("prize_delivered_at");
        return new Listed(
                rs.getObject("participant_id", UUID.class),
                rs.getLong("entry_number"),
                rs.getString("name_masked"),
                rs.getString("phone_masked"),
                EntryChannel.valueOf(rs.getString("channel")),
                rs.getBoolean("store_visited"),
                rs.getBoolean("marketing_consent"),
                rs.getBoolean("winner"),
                delivered == null ? null : delivered.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Marks or unmarks the store visit; whether the participant exists in the event. */
    boolean markVisit(UUID eventId, UUID participantId, boolean visited, Instant at) {
        return jdbc.sql("""
                        UPDATE participants SET store_visited = :visited, store_visited_at = :at::timestamp
                        WHERE event_id = :event AND participant_id = :id""")
                        .param("visited", visited)
                        .param("at", visited ? Timestamp.from(at) : null)
                        .param("event", eventId)
                        .param("id", participantId)
                        .update()
                > 0;
    }

    /** A winner's contact data for the audited reveal and the winners' message. */
    public record Contact(UUID participantId, long entryNumber, String nameMasked, Optional<PhoneNumber> phone) {}

    public Optional<Contact> contact(UUID eventId, UUID participantId) {
        return jdbc.sql("SELECT participant_id, entry_number, name_masked, phone_cipher FROM participants"
                        + " WHERE event_id = :event AND participant_id = :id")
                .param("event", eventId)
                .param("id", participantId)
                .query(this::contact)
                .optional();
    }

    public List<Contact> contacts(UUID eventId, List<Long> entryNumbers) {
        if (entryNumbers.isEmpty()) {
            return List.of();
        }
        List<Contact> found = new ArrayList<>(jdbc.sql("SELECT participant_id, entry_number, name_masked, phone_cipher"
                        + " FROM participants WHERE event_id = :event AND entry_number IN (:numbers)")
                .param("event", eventId)
                .param("numbers", entryNumbers)
                .query(this::contact)
                .list());
        found.sort(java.util.Comparator.comparingInt(c -> entryNumbers.indexOf(c.entryNumber())));
        return found;
    }

    private Contact contact(ResultSet rs, int row) throws SQLException {
        String phone = rs.getString("phone_cipher");
        return new Contact(
                rs.getObject("participant_id", UUID.class),
                rs.getLong("entry_number"),
                rs.getString("name_masked"),
                Optional.ofNullable(phone).map(c -> new PhoneNumber(cipher.decrypt(c, PHONE_CONTEXT))));
    }

    public boolean markPrizeDelivered(UUID eventId, UUID participantId, Instant at) {
        return jdbc.sql("""
                        UPDATE participants SET prize_delivered_at = coalesce(prize_delivered_at, :at)
                        WHERE event_id = :event AND participant_id = :id
                          AND EXISTS (SELECT 1 FROM draw_winners w WHERE w.participant_id = :id)""")
                        .param("at", Timestamp.from(at))
                        .param("event", eventId)
                        .param("id", participantId)
                        .update()
                > 0;
    }
}
