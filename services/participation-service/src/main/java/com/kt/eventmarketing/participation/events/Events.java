package com.kt.eventmarketing.participation.events;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.participation.draw.domain.MasterSeed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event projection in PostgreSQL; the master seed is stored encrypted. */
@Repository
class Events {

    static final String SEED_CONTEXT = "events.master_seed";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    Events(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * Records the published event. A new seed only when none exists yet (a redelivered or repeated
     * EventPublished keeps the committed one); an ending that arrived first stays.
     */
    void publish(EventPublished event, MasterSeed freshSeed, Instant now) {
        String prize = event.plan() == null ? null : event.plan().prize();
        jdbc.sql("""
                        INSERT INTO events (event_id, user_id, store_id, store_name, event_name, description, prize,
                                            start_date, end_date, image_url, status, published, master_seed_cipher,
                                            seed_commitment, updated_at)
                        VALUES (:id, :user, :store, :storeName, :name, :description, :prize, :start, :end, :image,
                                'PUBLISHED', true, :seed, :commitment, :now)
                        ON CONFLICT (event_id) DO UPDATE SET
                            user_id = EXCLUDED.user_id, store_id = EXCLUDED.store_id, store_name = EXCLUDED.store_name,
                            event_name = EXCLUDED.event_name, description = EXCLUDED.description,
                            prize = EXCLUDED.prize, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,
                            image_url = EXCLUDED.image_url, published = true,
                            master_seed_cipher = coalesce(events.master_seed_cipher, EXCLUDED.master_seed_cipher),
                            seed_commitment = coalesce(events.seed_commitment, EXCLUDED.seed_commitment),
                            updated_at = EXCLUDED.updated_at""")
                .param("id", event.eventId())
                .param("user", event.userId())
                .param("store", event.store().storeId())
                .param("storeName", event.store().storeName())
                .param("name", event.eventName())
                .param("description", event.description())
                .param("prize", prize)
                .param("start", event.startDate())
                .param("end", event.endDate())
                .param("image", event.selectedImageUrl())
                .param("seed", cipher.encrypt(freshSeed.hex(), SEED_CONTEXT))
                .param("commitment", freshSeed.commitment())
                .param("now", Timestamp.from(now))
                .update();
        // nextval() is not transactional and takes no row lock: entries of one event never queue on a counter row
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS " + ListedEvent.entrySequenceOf(event.eventId()) + " AS BIGINT")
                .update();
    }

    /** Records the ending, whether or not the publication is known yet. */
    void end(EventEnded event) {
        Timestamp at = Timestamp.from(event.occurredAt());
        jdbc.sql("""
                        INSERT INTO events (event_id, user_id, store_id, status, published, ended_at, updated_at)
                        VALUES (:id, :user, :store, 'ENDED', false, :at, :at)
                        ON CONFLICT (event_id) DO UPDATE SET status = 'ENDED',
                            ended_at = coalesce(events.ended_at, EXCLUDED.ended_at), updated_at = now()""")
                .param("id", event.eventId())
                .param("user", event.userId())
                .param("store", event.storeId())
                .param("at", at)
                .update();
    }

    Optional<ListedEvent> find(UUID eventId) {
        return jdbc.sql(SELECT + " WHERE event_id = :id")
                .param("id", eventId)
                .query(Events::listed)
                .optional();
    }

    /** Locks the event row: draws of one event are numbered one after the other. */
    Optional<ListedEvent> lock(UUID eventId) {
        return jdbc.sql(SELECT + " WHERE event_id = :id FOR UPDATE")
                .param("id", eventId)
                .query(Events::listed)
                .optional();
    }

    Optional<MasterSeed> masterSeed(UUID eventId) {
        return jdbc.sql("SELECT master_seed_cipher FROM events WHERE event_id = :id AND master_seed_cipher IS NOT NULL")
                .param("id", eventId)
                .query(String.class)
                .optional()
                .map(c -> MasterSeed.ofHex(cipher.decrypt(c, SEED_CONTEXT)));
    }

    private static final String SELECT = """
            SELECT event_id, user_id, store_id, store_name, event_name, description, prize, start_date, end_date,
                   image_url, status, published, seed_commitment, ended_at
            FROM events""";

    private static ListedEvent listed(ResultSet rs, int row) throws SQLException {
        Timestamp endedAt = rs.getTimestamp("ended_at");
        return new ListedEvent(
                rs.getObject("event_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getString("store_name"),
                rs.getString("event_name"),
                rs.getString("description"),
                rs.getString("prize"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("image_url"),
                rs.getBoolean("published"),
                "ENDED".equals(rs.getString("status")),
                rs.getString("seed_commitment"),
                endedAt == null ? null : endedAt.toInstant());
    }
}
