package com.kt.eventmarketing.event.lifecycle;

import static com.kt.eventmarketing.event.shared.UtcTimes.column;
import static com.kt.eventmarketing.event.shared.UtcTimes.instant;

import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.lifecycle.domain.EventStatus;
import com.kt.eventmarketing.event.shared.ChannelsColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events in PostgreSQL ({@code events} of the ERD). */
@Repository
class Events {

    private static final String COLUMNS = """
            event_id, user_id, store_id, event_name, description, objective, start_date, end_date, status,
            selected_image_id, selected_image_url, channels, selected_recommendation_id, created_at, updated_at,
            published_at, ended_at, end_reason""";

    private final JdbcClient jdbc;

    Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Event event) {
        jdbc.sql("INSERT INTO events (" + COLUMNS + ") VALUES (:eventId, :userId, :storeId, :eventName, :description,"
                        + " :objective, :startDate, :endDate, :status, :selectedImageId, :selectedImageUrl, :channels,"
                        + " :selectedRecommendationId, :createdAt, :updatedAt, :publishedAt, :endedAt, :endReason)")
                .paramSource(params(event))
                .update();
    }

    void update(Event event) {
        jdbc.sql("""
                        UPDATE events SET event_name = :eventName, description = :description, objective = :objective,
                               start_date = :startDate, end_date = :endDate, status = :status,
                               selected_image_id = :selectedImageId, selected_image_url = :selectedImageUrl,
                               channels = :channels, selected_recommendation_id = :selectedRecommendationId,
                               updated_at = :updatedAt, published_at = :publishedAt, ended_at = :endedAt,
                               end_reason = :endReason
                        WHERE event_id = :eventId""").paramSource(params(event)).update();
    }

    void delete(UUID eventId) {
        jdbc.sql("DELETE FROM events WHERE event_id = :id").param("id", eventId).update();
    }

    Optional<Event> find(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE event_id = :id")
                .param("id", eventId)
                .query(Events::event)
                .optional();
    }

    /** The event if it belongs to the store; another store's event is as good as absent. */
    Optional<Event> findOwned(UUID eventId, UUID storeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE event_id = :id AND store_id = :store")
                .param("id", eventId)
                .param("store", storeId)
                .query(Events::event)
                .optional();
    }

    /** Like {@link #findOwned} and locks the row until the transaction ends: changes of one event serialize. */
    Optional<Event> lockOwned(UUID eventId, UUID storeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE event_id = :id AND store_id = :store FOR UPDATE")
                .param("id", eventId)
                .param("store", storeId)
                .query(Events::event)
                .optional();
    }

    Optional<Event> lock(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE event_id = :id FOR UPDATE")
                .param("id", eventId)
                .query(Events::event)
                .optional();
    }

    Optional<UUID> storeOf(UUID eventId) {
        return jdbc.sql("SELECT store_id FROM events WHERE event_id = :id")
                .param("id", eventId)
                .query(UUID.class)
                .optional();
    }

    /** One page of the store's events, newest first. */
    List<Event> page(UUID storeId, EventStatus status, int offset, int limit) {
        String filter = status == null ? "" : " AND status = :status";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE store_id = :store" + filter
                        + " ORDER BY created_at DESC, event_id DESC LIMIT :limit OFFSET :offset")
                .param("store", storeId)
                .param("limit", limit)
                .param("offset", offset);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query(Events::event).list();
    }

    long count(UUID storeId, EventStatus status) {
        String filter = status == null ? "" : " AND status = :status";
        var statement = jdbc.sql("SELECT count(*) FROM events WHERE store_id = :store" + filter)
                .param("store", storeId);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query(Long.class).single();
    }

    /** The owner's newest draft created at or after {@code since}: the creation session when Redis cannot tell. */
    Optional<Event> latestDraftSince(UUID userId, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM events WHERE user_id = :user AND status = 'DRAFT'"
                        + " AND created_at >= :since ORDER BY created_at DESC, event_id DESC LIMIT 1")
                .param("user", userId)
                .param("since", column(since))
                .query(Events::event)
                .optional();
    }

    /**
     * Ends up to {@code limit} published events whose end date is before {@code today}, in one statement. Rows
     * another transaction holds (an owner ending it by hand, another replica's sweep) are skipped, so replicas never
     * end the same event twice.
     *
     * @return the events ended
     */
    List<Event> endDue(LocalDate today, Instant now, String reason, int limit) {
        return jdbc.sql("""
                        UPDATE events SET status = 'ENDED', updated_at = :now, ended_at = :now, end_reason = :reason
                        WHERE status = 'PUBLISHED' AND event_id IN (
                            SELECT event_id FROM events WHERE status = 'PUBLISHED' AND end_date < :today
                            ORDER BY end_date LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + COLUMNS)
                .param("now", column(now))
                .param("reason", reason)
                .param("today", today)
                .param("limit", limit)
                .query(Events::event)
                .list();
    }

    private static MapSqlParameterSource params(Event event) {
        return new MapSqlParameterSource()
                .addValue("eventId", event.eventId())
                .addValue("userId", event.userId())
                .addValue("storeId", event.storeId())
                .addValue("eventName", event.eventName())
                .addValue("description", event.description())
                .addValue("objective", event.objective().name())
                .addValue("startDate", event.startDate())
                .addValue("endDate", event.endDate())
                .addValue("status", event.status().name())
                .addValue("selectedImageId", event.selectedImageId())
                .addValue("selectedImageUrl", event.selectedImageUrl())
                .addValue("channels", ChannelsColumn.write(event.channels()))
                .addValue("selectedRecommendationId", event.selectedRecommendationId())
                .addValue("createdAt", column(event.createdAt()))
                .addValue("updatedAt", column(event.updatedAt()))
                .addValue("publishedAt", column(event.publishedAt()))
                .addValue("endedAt", column(event.endedAt()))
                .addValue("endReason", event.endReason());
    }

    static Event event(ResultSet rs, int row) throws SQLException {
        return new Event(
                rs.getObject("event_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getString("event_name"),
                rs.getString("description"),
                Objective.valueOf(rs.getString("objective")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                EventStatus.valueOf(rs.getString("status")),
                rs.getObject("selected_image_id", UUID.class),
                rs.getString("selected_image_url"),
                ChannelsColumn.read(rs.getString("channels")),
                rs.getObject("selected_recommendation_id", UUID.class),
                instant(rs.getObject("created_at", LocalDateTime.class)),
                instant(rs.getObject("updated_at", LocalDateTime.class)),
                instant(rs.getObject("published_at", LocalDateTime.class)),
                instant(rs.getObject("ended_at", LocalDateTime.class)),
                rs.getString("end_reason"));
    }
}
