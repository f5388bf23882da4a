package com.kt.eventmarketing.ai.outcomes;

import com.kt.eventmarketing.ai.planning.domain.Industry;
import com.kt.eventmarketing.ai.planning.domain.PastPerformance;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.EventPublished;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Event outcomes in PostgreSQL, and their aggregate per promotion type for one industry. */
@Repository
class Outcomes {

    private final JdbcClient jdbc;

    Outcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the publication, the ending and the results of one event, whichever message comes first. */
    private void lock(UUID eventId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:event, 0))")
                .param("event", eventId.toString())
                .query()
                .singleValue();
    }

    void recordPublished(EventPublished published, Industry industry, String region, Instant now) {
        lock(published.eventId());
        EventPlan plan = published.plan();
        jdbc.sql("""
                        INSERT INTO event_outcomes (event_id, store_id, industry, region, objective, promotion_type,
                                                    budget_level, planned_participants, planned_cost, start_date,
                                                    end_date, published_at, ended_at, actual_participants,
                                                    actual_cost, results_at)
                        SELECT :event, :store, :industry, :region, :objective, :type, :level, :participants, :cost,
                               :start, :end, :at, early.ended_at, early.actual_participants, early.actual_cost,
                               early.results_at
                        FROM (VALUES (1)) AS one
                        LEFT JOIN early_outcomes early ON early.event_id = :event
                        ON CONFLICT (event_id) DO NOTHING""")
                .param("event", published.eventId())
                .param("store", published.store().storeId())
                .param("industry", industry.name())
                .param("region", region)
                .param(
                        "objective",
                        published.objective() == null
                                ? null
                                : published.objective().name())
                .param(
                        "type",
                        plan == null || plan.promotionType() == null
                                ? null
                                : plan.promotionType().name())
                .param(
                        "level",
                        plan == null || plan.budgetLevel() == null
                                ? null
                                : plan.budgetLevel().name())
                .param("participants", plan == null ? null : plan.expectedParticipants())
                .param("cost", plan == null ? null : plan.expectedCost())
                .param("start", published.startDate())
                .param("end", published.endDate())
                .param("at", Timestamp.from(now))
                .update();
    }

    /** The end of an event; kept aside when its publication has not arrived yet. */
    void recordEnded(UUID eventId, Instant at) {
        lock(eventId);
        int known = jdbc.sql("UPDATE event_outcomes SET ended_at = COALESCE(ended_at, :at) WHERE event_id = :event")
                .param("at", Timestamp.from(at))
                .param("event", eventId)
                .update();
        if (known == 0) {
            jdbc.sql("""
                            INSERT INTO early_outcomes (event_id, ended_at) VALUES (:event, :at)
                            ON CONFLICT (event_id) DO UPDATE SET ended_at = COALESCE(early_outcomes.ended_at, :at)""")
                    .param("at", Timestamp.from(at))
                    .param("event", eventId)
                    .update();
        }
    }

    /**
     * The results of an event, kept aside when its publication has not arrived yet; the segment of
     * the event when it is known here.
     */
    Optional<Segment> recordResults(UUID eventId, long participants, long cost, Instant at) {
        lock(eventId);
        Optional<Segment> segment = jdbc.sql("""
                        UPDATE event_outcomes
                        SET actual_participants = :participants, actual_cost = :cost, results_at = :at
                        WHERE event_id = :event
                        RETURNING industry, region""")
                .param("participants", participants)
                .param("cost", cost)
                .param("at", Timestamp.from(at))
                .param("event", eventId)
                .query((rs, n) -> new Segment(Industry.of(rs.getString("industry")), rs.getString("region")))
                .optional();
        if (segment.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO early_outcomes (event_id, actual_participants, actual_cost, results_at)
                            VALUES (:event, :participants, :cost, :at)
                            ON CONFLICT (event_id) DO UPDATE SET actual_participants = :participants,
                                                                 actual_cost = :cost, results_at = :at""")
                    .param("participants", participants)
                    .param("cost", cost)
                    .param("at", Timestamp.from(at))
                    .param("event", eventId)
                    .update();
        }
        return segment;
    }

    /**
     * Per promotion type: events published in the region and elsewhere, and the results of those
     * with known participants — how many, mean ln(cost per participant), mean participants.
     */
    PastPerformance performance(Industry industry, String region) {
        List<Row> rows = jdbc.sql("""
                        SELECT promotion_type,
                               here,
                               count(*) AS published,
                               count(*) FILTER (WHERE actual_participants > 0) AS results,
                               coalesce(avg(ln(greatest(actual_cost, 1)::float8 / actual_participants))
                                        FILTER (WHERE actual_participants > 0), 0) AS mean_log_cpp,
                               coalesce(avg(actual_participants) FILTER (WHERE actual_participants > 0), 0)
                                   AS mean_participants
                        FROM (SELECT promotion_type, actual_participants, actual_cost,
                                     region IS NOT DISTINCT FROM :region AS here
                              FROM event_outcomes
                              WHERE industry = :industry AND promotion_type IS NOT NULL) outcomes
                        GROUP BY promotion_type, here""")
                .param("industry", industry.name())
                .param("region", region)
                .query((rs, n) -> new Row(
                        PromotionType.valueOf(rs.getString("promotion_type")),
                        rs.getBoolean("here"),
                        rs.getInt("published"),
                        new PastPerformance.Results(
                                rs.getInt("results"), rs.getDouble("mean_log_cpp"), rs.getDouble("mean_participants"))))
                .list();
        if (rows.isEmpty()) {
            return PastPerformance.NONE;
        }
        Map<PromotionType, PastPerformance.Track> tracks = new EnumMap<>(PromotionType.class);
        for (Row row : rows) {
            PastPerformance.Track track = tracks.getOrDefault(row.type(), PastPerformance.Track.NONE);
            tracks.put(
                    row.type(),
                    row.here()
                            ? new PastPerformance.Track(
                                    row.results(), track.elsewhere(), row.published(), track.publishedElsewhere())
                            : new PastPerformance.Track(
                                    track.here(), row.results(), track.publishedHere(), row.published()));
        }
        return new PastPerformance(tracks);
    }

    record Segment(Industry industry, String region) {}

    private record Row(PromotionType type, boolean here, int published, PastPerformance.Results results) {}
}
