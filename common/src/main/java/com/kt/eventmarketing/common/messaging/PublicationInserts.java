package com.kt.eventmarketing.common.messaging;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Writes several outbox publications in one statement: the rows Spring Modulith's JDBC repository
 * (schema v2, our migration {@code V0_1__event_publication.sql}) writes one INSERT at a time, with
 * the same values — the event serialized by Modulith's own serializer, status PUBLISHED, one
 * attempt, resubmission date = publication date — passed as PostgreSQL arrays and unnested.
 */
final class PublicationInserts {

    private static final String INSERT = """
            INSERT INTO event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                                           completion_attempts, last_resubmission_date)
            SELECT id, event_type, listener_id, published, serialized_event, status, 1, published
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[])
                 AS p(id, event_type, listener_id, published, serialized_event, status)""";

    private final Supplier<JdbcOperations> jdbc;
    private final Supplier<EventSerializer> serializer;

    /** Suppliers: the repository is wrapped early, before the JDBC template and the serializer exist. */
    PublicationInserts(Supplier<JdbcOperations> jdbc, Supplier<EventSerializer> serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    void insert(List<TargetEventPublication> publications) {
        int n = publications.size();
        Object[] ids = new Object[n];
        String[] types = new String[n];
        String[] listeners = new String[n];
        String[] published = new String[n];
        String[] events = new String[n];
        String[] statuses = new String[n];
        EventSerializer json = serializer.get();
        for (int i = 0; i < n; i++) {
            TargetEventPublication publication = publications.get(i);
            ids[i] = publication.getIdentifier();
            types[i] = publication.getEvent().getClass().getName();
            listeners[i] = publication.getTargetIdentifier().getValue();
            // ISO-8601 with its offset: PostgreSQL reads the instant whatever the session's time zone
            published[i] = publication.getPublicationDate().toString();
            events[i] = json.serialize(publication.getEvent()).toString();
            statuses[i] = publication.getStatus().name();
        }
        jdbc.get().execute(INSERT, (PreparedStatement statement) -> {
            var connection = statement.getConnection();
            Array[] arrays = {
                connection.createArrayOf("uuid", ids),
                connection.createArrayOf("text", types),
                connection.createArrayOf("text", listeners),
                connection.createArrayOf("text", published),
                connection.createArrayOf("text", events),
                connection.createArrayOf("text", statuses)
            };
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, arrays[i]);
            }
            int written = statement.executeUpdate();
            if (written != n) {
                throw new IllegalStateException("outbox: " + written + " of " + n + " publications written");
            }
            return written;
        });
    }
}
