package com.kt.eventmarketing.analytics.dashboard;

import com.kt.eventmarketing.analytics.dashboard.domain.ChannelCounters;
import com.kt.eventmarketing.analytics.dashboard.domain.Counters;
import com.kt.eventmarketing.analytics.dashboard.domain.Plan;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the pre-aggregated read models: one event row, its channel rows and hour buckets — a
 * handful of primary-key reads whatever the number of participants.
 */
@Repository
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored figures of an event. */
    record EventRecord(
            UUID eventId,
            UUID storeId,
            UUID userId,
            String eventName,
            LocalDate startDate,
            LocalDate endDate,
            List<String> chosenChannels,
            Instant publishedAt,
            Instant endedAt,
            long averageSpend,
            Plan plan,
            Counters counters,
            long version) {}

    record Bucket(Instant start, long views, long participants) {}

    private static final String EVENT_COLUMNS = """
            SELECT e.*, COALESCE(s.average_spend, e.average_spend, 0) AS spend
            FROM event_stats e LEFT JOIN stores s ON s.store_id = e.store_id""";

    Optional<EventRecord> event(UUID eventId) {
        return jdbc.sql(EVENT_COLUMNS + " WHERE e.event_id = :event")
                .param("event", eventId)
                .query(DashboardQueries::event)
                .optional();
    }

    List<EventRecord> eventsOfStore(UUID storeId) {
        return jdbc.sql(EVENT_COLUMNS
                        + " WHERE e.store_id = :store ORDER BY e.published_at DESC NULLS LAST, e.event_id")
                .param("store", storeId)
                .query(DashboardQueries::event)
                .list();
    }

    List<ChannelCounters> channels(UUID eventId) {
        return jdbc.sql("SELECT * FROM channel_stats WHERE event_id = :event")
                .param("event", eventId)
                .query(DashboardQueries::channel)
                .list();
    }

    Map<UUID, List<ChannelCounters>> channelsOfStore(UUID storeId) {
        Map<UUID, List<ChannelCounters>> byEvent = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT c.* FROM channel_stats c JOIN event_stats e ON e.event_id = c.event_id
                        WHERE e.store_id = :store""").param("store", storeId).query(rs -> {
            byEvent.computeIfAbsent(rs.getObject("event_id", UUID.class), id -> new ArrayList<>())
                    .add(channel(rs, 0));
        });
        return byEvent;
    }

    List<Bucket> hours(UUID eventId) {
        return jdbc.sql("""
                        SELECT bucket_start, views, participants FROM timeline_buckets
                        WHERE event_id = :event ORDER BY bucket_start""")
                .param("event", eventId)
                .query((rs, row) -> new Bucket(
                        rs.getTimestamp("bucket_start").toInstant(), rs.getLong("views"), rs.getLong("participants")))
                .list();
    }

    private static EventRecord event(ResultSet rs, int row) throws SQLException {
        Plan plan = rs.getBoolean("has_plan")
                ? new Plan(
                        rs.getString("plan_promotion_type"),
                        rs.getLong("plan_expected_participants"),
                        rs.getLong("plan_expected_cost"),
                        rs.getLong("plan_expected_revenue"),
                        rs.getDouble("plan_expected_roi"),
                        rs.getLong("plan_prize_cost"))
                : null;
        String channels = rs.getString("channels");
        return new EventRecord(
                rs.getObject("event_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("event_name"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                channels == null || channels.isBlank() ? List.of() : Arrays.asList(channels.split(",")),
                instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("ended_at")),
                rs.getLong("spend"),
                plan,
                new Counters(
                        rs.getLong("views"),
                        rs.getLong("participants"),
                        rs.getLong("store_visits"),
                        rs.getLong("winners"),
                        rs.getLong("marketing_consents")),
                rs.getLong("version"));
    }

    private static ChannelCounters channel(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("distribution_status");
        return new ChannelCounters(
                rs.getString("channel"),
                rs.getLong("views"),
                rs.getLong("participants"),
                rs.getLong("store_visits"),
                status == null ? null : DistributionStatus.valueOf(status),
                rs.getObject("reach", Long.class),
                rs.getObject("cost", Long.class));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
