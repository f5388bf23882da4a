package com.kt.eventmarketing.analytics.projection;

import com.kt.eventmarketing.analytics.projection.domain.Attendance;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of the read models. Counters are incremented in place (upserts: a message about an event
 * not seen yet creates its row), and every change of an event's figures bumps its {@code version}.
 * Within one transaction rows are locked in one order — participant, event, channel, bucket — so
 * concurrent listeners never deadlock. Table names are unqualified on purpose: a rebuild runs the
 * same writes against its shadow schema (see {@code rebuild}).
 */
@Repository
class ReadModels {

    private final JdbcClient jdbc;

    ReadModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void published(EventPublished event) {
        EventPlan plan = event.plan();
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, store_id, user_id, event_name, objective, start_date, end_date,
                                                 channels, average_spend, published_at, has_plan, plan_promotion_type,
                                                 plan_expected_participants, plan_expected_cost, plan_expected_revenue,
                                                 plan_expected_roi, plan_prize_cost, version)
                        VALUES (:event, :store, :user, :name, :objective, :start, :end, :channels, :spend, :at, :hasPlan,
                                :promotion, :participants, :cost, :revenue, :roi, :prize, 1)
                        ON CONFLICT (event_id) DO UPDATE SET
                            store_id = excluded.store_id, user_id = excluded.user_id, event_name = excluded.event_name,
                            objective = excluded.objective, start_date = excluded.start_date, end_date = excluded.end_date,
                            channels = excluded.channels, average_spend = excluded.average_spend,
                            published_at = excluded.published_at, has_plan = excluded.has_plan,
                            plan_promotion_type = excluded.plan_promotion_type,
                            plan_expected_participants = excluded.plan_expected_participants,
                            plan_expected_cost = excluded.plan_expected_cost,
                            plan_expected_revenue = excluded.plan_expected_revenue,
                            plan_expected_roi = excluded.plan_expected_roi, plan_prize_cost = excluded.plan_prize_cost,
                            version = event_stats.version + 1
                        WHERE event_stats.published_at IS NULL OR event_stats.published_at <= excluded.published_at""")
                .param("event", event.eventId())
                .param("store", event.store().storeId())
                .param("user", event.userId())
                .param("name", event.eventName())
                .param(
                        "objective",
                        event.objective() == null ? null : event.objective().name())
                .param("start", event.startDate())
                .param("end", event.endDate())
                .param("channels", channels(event.channels()))
                .param("spend", event.store().averageSpend())
                .param("at", timestamp(event.occurredAt()))
                .param("hasPlan", plan != null)
                .param(
                        "promotion",
                        plan == null || plan.promotionType() == null
                                ? null
                                : plan.promotionType().name())
                .param("participants", plan == null ? null : plan.expectedParticipants())
                .param("cost", plan == null ? null : plan.expectedCost())
                .param("revenue", plan == null ? null : plan.expectedRevenue())
                .param("roi", plan == null ? null : plan.expectedRoi())
                .param("prize", plan == null ? null : plan.prizeCost())
                .update();
    }

    /** Keeps the store's latest average spend; whether it changed. */
    boolean storeSpend(UUID storeId, UUID userId, long averageSpend, Instant asOf) {
        return jdbc.sql("""
                                INSERT INTO stores (store_id, user_id, average_spend, as_of) VALUES (:store, :user, :spend, :at)
                                ON CONFLICT (store_id) DO UPDATE SET
                                    user_id = excluded.user_id, average_spend = excluded.average_spend, as_of = excluded.as_of
                                WHERE stores.as_of < excluded.as_of""")
                        .param("store", storeId)
                        .param("user", userId)
                        .param("spend", averageSpend)
                        .param("at", timestamp(asOf))
                        .update()
                > 0;
    }

    /** The events whose figures depend on the store's average spend, marked changed. */
    List<UUID> touchEventsOfStore(UUID storeId) {
        return jdbc.sql("UPDATE event_stats SET version = version + 1 WHERE store_id = :store RETURNING event_id")
                .param("store", storeId)
                .query(UUID.class)
                .list();
    }

    void ended(UUID eventId, UUID storeId, UUID userId, String reason, Instant at) {
        // the earliest ending counts, whatever order duplicates arrive in
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, store_id, user_id, ended_at, end_reason, version)
                        VALUES (:event, :store, :user, :at, :reason, 1)
                        ON CONFLICT (event_id) DO UPDATE SET
                            user_id = COALESCE(event_stats.user_id, excluded.user_id),
                            end_reason = CASE WHEN event_stats.ended_at IS NULL OR excluded.ended_at < event_stats.ended_at
                                              THEN excluded.end_reason ELSE event_stats.end_reason END,
                            ended_at = LEAST(COALESCE(event_stats.ended_at, excluded.ended_at), excluded.ended_at),
                            version = event_stats.version + 1""")
                .param("event", eventId)
                .param("store", storeId)
                .param("user", userId)
                .param("at", timestamp(at))
                .param("reason", reason)
                .update();
    }

    void viewed(UUID eventId, UUID storeId, EntryChannel channel, Instant at) {
        add(eventId, storeId, new Counts(1, 0, 0, 0));
        addToChannel(eventId, channel, 1, 0, 0);
        addToBucket(eventId, at, 1, 0);
    }

    /**
     * Notes the entry of a participant.
     *
     * @return the participant as known before, or empty if the entry was already counted
     */
    Optional<Attendance> register(UUID eventId, UUID participantId, EntryChannel channel, boolean consent, Instant at) {
        return jdbc.sql("""
                        INSERT INTO participants (event_id, participant_id, channel, registered, registered_at, marketing_consent)
                        VALUES (:event, :participant, :channel, true, :at, :consent)
                        ON CONFLICT (event_id, participant_id) DO UPDATE SET
                            channel = excluded.channel, registered = true, registered_at = excluded.registered_at,
                            marketing_consent = excluded.marketing_consent
                        WHERE participants.registered = false
                        RETURNING visited, visit_as_of""")
                .param("event", eventId)
                .param("participant", participantId)
                .param("channel", channel.name())
                .param("at", timestamp(at))
                .param("consent", consent)
                .query((rs, row) ->
                        new Attendance(false, rs.getBoolean("visited"), instant(rs.getTimestamp("visit_as_of"))))
                .optional();
    }

    void countEntry(UUID eventId, UUID storeId, EntryChannel channel, boolean consent, int visits, Instant at) {
        add(eventId, storeId, new Counts(0, 1, visits, consent ? 1 : 0));
        addToChannel(eventId, channel, 0, 1, visits);
        addToBucket(eventId, at, 0, 1);
    }

    /** The participant, locked for the rest of the transaction (created if no message of them arrived yet). */
    Attendance lockParticipant(UUID eventId, UUID participantId) {
        jdbc.sql(
                        "INSERT INTO participants (event_id, participant_id) VALUES (:event, :participant) ON CONFLICT DO NOTHING")
                .param("event", eventId)
                .param("participant", participantId)
                .update();
        return jdbc.sql("""
                        SELECT registered, visited, visit_as_of FROM participants
                        WHERE event_id = :event AND participant_id = :participant FOR UPDATE""")
                .param("event", eventId)
                .param("participant", participantId)
                .query((rs, row) -> new Attendance(
                        rs.getBoolean("registered"), rs.getBoolean("visited"), instant(rs.getTimestamp("visit_as_of"))))
                .single();
    }

    /** Stores the latest visit mark; the entry channel of the participant (null while the entry is missing). */
    Optional<EntryChannel> markVisit(UUID eventId, UUID participantId, Attendance now) {
        return jdbc.sql("""
                        UPDATE participants SET visited = :visited, visit_as_of = :at
                        WHERE event_id = :event AND participant_id = :participant RETURNING channel""")
                .param("visited", now.visited())
                .param("at", timestamp(now.visitAsOf()))
                .param("event", eventId)
                .param("participant", participantId)
                .query((rs, row) -> rs.getString("channel"))
                .optional()
                .map(EntryChannel::valueOf);
    }

    void countVisits(UUID eventId, UUID storeId, EntryChannel channel, int delta) {
        add(eventId, storeId, new Counts(0, 0, delta, 0));
        addToChannel(eventId, channel, 0, 0, delta);
    }

    /** Notes winners; how many of them were not counted before. */
    int winners(UUID eventId, List<UUID> participantIds, int drawNumber) {
        int fresh = 0;
        for (UUID participantId : participantIds) {
            fresh += jdbc.sql("""
                            INSERT INTO winners (event_id, participant_id, draw_number) VALUES (:event, :participant, :draw)
                            ON CONFLICT DO NOTHING""")
                    .param("event", eventId)
                    .param("participant", participantId)
                    .param("draw", drawNumber)
                    .update();
        }
        return fresh;
    }

    void countWinners(UUID eventId, UUID storeId, int fresh, int drawNumber) {
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, store_id, winners, draws, version) VALUES (:event, :store, :fresh, :draw, 1)
                        ON CONFLICT (event_id) DO UPDATE SET
                            winners = event_stats.winners + excluded.winners,
                            draws = GREATEST(event_stats.draws, excluded.draws), version = event_stats.version + 1""")
                .param("event", eventId)
                .param("store", storeId)
                .param("fresh", fresh)
                .param("draw", drawNumber)
                .update();
    }

    /** Keeps the latest report per event × channel; whether this one is the latest. */
    boolean distributed(ChannelDistributed report) {
        touch(report.eventId(), report.storeId());
        return jdbc.sql("""
                                INSERT INTO channel_stats (event_id, channel, distribution_status, reach, recipients, cost, attempts,
                                                           external_url, distribution_as_of)
                                VALUES (:event, :channel, :status, :reach, :recipients, :cost, :attempts, :url, :at)
                                ON CONFLICT (event_id, channel) DO UPDATE SET
                                    distribution_status = excluded.distribution_status, reach = excluded.reach,
                                    recipients = excluded.recipients, cost = excluded.cost, attempts = excluded.attempts,
                                    external_url = excluded.external_url, distribution_as_of = excluded.distribution_as_of
                                WHERE channel_stats.distribution_as_of IS NULL
                                   OR (channel_stats.distribution_as_of, channel_stats.attempts)
                                       < (excluded.distribution_as_of, excluded.attempts)""")
                        .param("event", report.eventId())
                        .param("channel", report.channel().name())
                        .param("status", report.status().name())
                        .param("reach", report.estimatedReach())
                        .param("recipients", report.recipients())
                        .param("cost", report.cost())
                        .param("attempts", report.attempts())
                        .param("url", report.externalUrl())
                        .param("at", timestamp(report.occurredAt()))
                        .update()
                > 0;
    }

    void distributionCompleted(UUID eventId, UUID storeId, Instant at) {
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, store_id, distribution_completed_at, version) VALUES (:event, :store, :at, 1)
                        ON CONFLICT (event_id) DO UPDATE SET
                            distribution_completed_at = GREATEST(event_stats.distribution_completed_at, excluded.distribution_completed_at),
                            version = event_stats.version + 1""")
                .param("event", eventId)
                .param("store", storeId)
                .param("at", timestamp(at))
                .update();
    }

    private record Counts(long views, long participants, long visits, long consents) {}

    private void touch(UUID eventId, UUID storeId) {
        add(eventId, storeId, new Counts(0, 0, 0, 0));
    }

    private void add(UUID eventId, UUID storeId, Counts counts) {
        jdbc.sql("""
                        INSERT INTO event_stats (event_id, store_id, views, participants, store_visits, marketing_consents, version)
                        VALUES (:event, :store, :views, :participants, :visits, :consents, 1)
                        ON CONFLICT (event_id) DO UPDATE SET
                            views = event_stats.views + excluded.views,
                            participants = event_stats.participants + excluded.participants,
                            store_visits = event_stats.store_visits + excluded.store_visits,
                            marketing_consents = event_stats.marketing_consents + excluded.marketing_consents,
                            version = event_stats.version + 1""")
                .param("event", eventId)
                .param("store", storeId)
                .param("views", counts.views())
                .param("participants", counts.participants())
                .param("visits", counts.visits())
                .param("consents", counts.consents())
                .update();
    }

    private void addToChannel(UUID eventId, EntryChannel channel, long views, long participants, long visits) {
        jdbc.sql("""
                        INSERT INTO channel_stats (event_id, channel, views, participants, store_visits)
                        VALUES (:event, :channel, :views, :participants, :visits)
                        ON CONFLICT (event_id, channel) DO UPDATE SET
                            views = channel_stats.views + excluded.views,
                            participants = channel_stats.participants + excluded.participants,
                            store_visits = channel_stats.store_visits + excluded.store_visits""")
                .param("event", eventId)
                .param("channel", channel.name())
                .param("views", views)
                .param("participants", participants)
                .param("visits", visits)
                .update();
    }

    private void addToBucket(UUID eventId, Instant at, long views, long participants) {
        // Asia/Seoul is UTC+9 all year: its hours start on whole UTC hours
        jdbc.sql("""
                        INSERT INTO timeline_buckets (event_id, bucket_start, views, participants)
                        VALUES (:event, :bucket, :views, :participants)
                        ON CONFLICT (event_id, bucket_start) DO UPDATE SET
                            views = timeline_buckets.views + excluded.views,
                            participants = timeline_buckets.participants + excluded.participants""")
                .param("event", eventId)
                .param("bucket", timestamp(at.truncatedTo(ChronoUnit.HOURS)))
                .param("views", views)
                .param("participants", participants)
                .update();
    }

    private static String channels(List<Channel> channels) {
        return channels == null ? "" : channels.stream().map(Channel::name).collect(Collectors.joining(","));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
