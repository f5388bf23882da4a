package com.kt.eventmarketing.common.messaging;

import com.kt.eventmarketing.common.jdbc.ArrayColumns;
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
        EventSerializer json = serializer.get();
        ArrayColumns<TargetEventPublication> rows = ArrayColumns.of(publications)
                .add("uuid", TargetEventPublication::getIdentifier)
                .add("text", p -> p.getEvent().getClass().getName())
                .add("text", p -> p.getTargetIdentifier().getValue())
                // ISO-8601 with its offset: PostgreSQL reads the instant whatever the session's time zone
                .add("text", p -> p.getPublicationDate().toString())
                .add("text", p -> json.serialize(p.getEvent()).toString())
                .add("text", p -> p.getStatus().name());
        jdbc.get().execute(INSERT, (PreparedStatement statement) -> {
            rows.bind(statement);
            int written = statement.executeUpdate();
            if (written != publications.size()) {
                throw new IllegalStateException(
                        "outbox: " + written + " of " + publications.size() + " publications written");
            }
            return written;
        });
    }
}
