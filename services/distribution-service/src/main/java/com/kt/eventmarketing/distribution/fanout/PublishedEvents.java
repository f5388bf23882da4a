package com.kt.eventmarketing.distribution.fanout;

import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.distribution.channel.domain.EventDetails;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published events this service distributes, with what their content is written from. */
@Repository
class PublishedEvents {

    private final JdbcClient jdbc;

    PublishedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the event is new here (a redelivered or repeated publication is not) */
    boolean insert(EventPublished event, Instant now) {
        String prize = event.plan() == null ? null : event.plan().prize();
        return jdbc.sql("""
                        INSERT INTO published_events (event_id, user_id, store_id, store_name, industry, region, district,
                                                      event_name, description, prize, image_url, start_date, end_date,
                                                      published_at, created_at)
                        VALUES (:event, :user, :store, :storeName, :industry, :region, :district, :name, :description,
                                :prize, :image, :start, :end, :published, :now)
                        ON CONFLICT (event_id) DO NOTHING""")
                        .param("event", event.eventId())
                        .param("user", event.userId())
                        .param("store", event.store().storeId())
                        .param("storeName", event.store().storeName())
                        .param("industry", event.store().industry())
                        .param("region", event.store().region())
                        .param("district", event.store().district())
                        .param("name", event.eventName() == null ? "이벤트" : event.eventName())
                        .param("description", event.description())
                        .param("prize", prize)
                        .param("image", event.selectedImageUrl())
                        .param("start", event.startDate() == null ? null : Date.valueOf(event.startDate()))
                        .param("end", event.endDate() == null ? null : Date.valueOf(event.endDate()))
                        .param("published", Timestamp.from(event.occurredAt() == null ? now : event.occurredAt()))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<Owned> find(UUID eventId) {
        return jdbc.sql("SELECT * FROM published_events WHERE event_id = :event")
                .param("event", eventId)
                .query(PublishedEvents::owned)
                .optional();
    }

    /** Locks the event for the rest of the transaction: outcomes of its channels are recorded one at a time. */
    Optional<Owned> lock(UUID eventId) {
        return jdbc.sql("SELECT * FROM published_events WHERE event_id = :event FOR UPDATE")
                .param("event", eventId)
                .query(PublishedEvents::owned)
                .optional();
    }

    void markCompleted(UUID eventId, Instant at) {
        jdbc.sql("UPDATE published_events SET completed_at = :at WHERE event_id = :event")
                .param("at", Timestamp.from(at))
                .param("event", eventId)
                .update();
    }

    /** A manual retry opens a new round: the event completes again when the channel is final. */
    void reopen(UUID eventId) {
        jdbc.sql("UPDATE published_events SET completed_at = NULL WHERE event_id = :event")
                .param("event", eventId)
                .update();
    }

    /** A published event with its owner. */
    record Owned(UUID userId, UUID storeId, EventDetails details, Instant publishedAt, Instant completedAt) {

        boolean ownedBy(UUID user, UUID store) {
            return storeId.equals(store) || userId.equals(user);
        }
    }

    private static Owned owned(ResultSet rs, int row) throws SQLException {
        Date start = rs.getDate("start_date");
        Date end = rs.getDate("end_date");
        Timestamp completed = rs.getTimestamp("completed_at");
        EventDetails details = new EventDetails(
                rs.getObject("event_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getString("store_name"),
                rs.getString("industry"),
                rs.getString("region"),
                rs.getString("district"),
                rs.getString("event_name"),
                rs.getString("description"),
                rs.getString("prize"),
                rs.getString("image_url"),
                start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate());
        return new Owned(
                rs.getObject("user_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                details,
                rs.getTimestamp("published_at").toInstant(),
                completed == null ? null : completed.toInstant());
    }
}
