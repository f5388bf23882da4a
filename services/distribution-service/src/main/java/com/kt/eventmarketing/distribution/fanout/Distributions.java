package com.kt.eventmarketing.distribution.fanout;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import com.kt.eventmarketing.distribution.fanout.domain.Distribution;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event × channel rows. A row is claimed (IN_PROGRESS with a lease) before its provider is called. */
@Repository
class Distributions {

    private final JdbcClient jdbc;

    Distributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the row is new (a repeated publication finds it and leaves it as it is) */
    boolean insert(
            UUID eventId, Channel channel, Instant scheduledAt, long estimatedReach, long estimatedCost, Instant now) {
        return jdbc.sql("""
                        INSERT INTO distributions (event_id, channel, status, scheduled_at, idempotency_key,
                                                   estimated_reach, cost, created_at, updated_at)
                        VALUES (:event, :channel, 'PENDING', :scheduled, :key, :reach, :cost, :now, :now)
                        ON CONFLICT (event_id, channel) DO NOTHING""")
                        .param("event", eventId)
                        .param("channel", channel.name())
                        .param("scheduled", Timestamp.from(scheduledAt))
                        .param("key", Distribution.idempotencyKey(eventId, channel))
                        .param("reach", estimatedReach)
                        .param("cost", estimatedCost)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    List<Distribution> of(UUID eventId) {
        return jdbc.sql("SELECT * FROM distributions WHERE event_id = :event ORDER BY channel")
                .param("event", eventId)
                .query(Distributions::row)
                .list();
    }

    Optional<Distribution> find(UUID eventId, Channel channel) {
        return jdbc.sql("SELECT * FROM distributions WHERE event_id = :event AND channel = :channel")
                .param("event", eventId)
                .param("channel", channel.name())
                .query(Distributions::row)
                .optional();
    }

    /**
     * Takes the rows that are due — PENDING whose time has come, or IN_PROGRESS whose lease ran out
     * (the process stopped mid-send) — of one event or of any, skipping rows another worker holds.
     */
    List<Distribution> claimDue(UUID eventId, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        UPDATE distributions d
                        SET status = 'IN_PROGRESS', lease_until = :lease, updated_at = :now,
                            first_attempt_at = coalesce(d.first_attempt_at, :now)
                        FROM (SELECT event_id, channel FROM distributions
                              WHERE (CAST(:event AS uuid) IS NULL OR event_id = CAST(:event AS uuid))
                                AND ((status = 'PENDING' AND scheduled_at <= :now)
                                     OR (status = 'IN_PROGRESS' AND lease_until < :now))
                              ORDER BY scheduled_at
                              LIMIT :limit
                              FOR UPDATE SKIP LOCKED) due
                        WHERE d.event_id = due.event_id AND d.channel = due.channel
                        RETURNING d.*""")
                .param("event", eventId)
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query(Distributions::row)
                .list();
    }

    /** Back to the queue until {@code at} (quiet hours began while it waited). */
    void postpone(UUID eventId, Channel channel, Instant at, Instant now) {
        jdbc.sql("""
                        UPDATE distributions SET status = 'PENDING', scheduled_at = :at, lease_until = NULL, updated_at = :now
                        WHERE event_id = :event AND channel = :channel AND status = 'IN_PROGRESS'""")
                .param("at", Timestamp.from(at))
                .param("now", Timestamp.from(now))
                .param("event", eventId)
                .param("channel", channel.name())
                .update();
    }

    /** @return whether this worker still held the row (a taken-over lease records nothing twice) */
    boolean finish(
            UUID eventId,
            Channel channel,
            DistributionStatus status,
            int attempts,
            String externalId,
            String externalUrl,
            String error,
            String summary,
            long recipients,
            long cost,
            Instant now) {
        return jdbc.sql("""
                        UPDATE distributions SET status = :status, attempts = attempts + :attempts,
                            external_id = coalesce(:externalId, external_id), external_url = coalesce(:externalUrl, external_url),
                            last_error = :error, content_summary = :summary, recipients = :recipients, cost = :cost,
                            finished_at = :now, lease_until = NULL, updated_at = :now
                        WHERE event_id = :event AND channel = :channel AND status = 'IN_PROGRESS'""")
                        .param("status", status.name())
                        .param("attempts", attempts)
                        .param("externalId", externalId)
                        .param("externalUrl", externalUrl)
                        .param("error", error == null ? null : truncate(error, 1000))
                        .param("summary", summary)
                        .param("recipients", recipients)
                        .param("cost", cost)
                        .param("now", Timestamp.from(now))
                        .param("event", eventId)
                        .param("channel", channel.name())
                        .update()
                == 1;
    }

    /** A failed channel goes back to the queue for a manual retry. */
    boolean requeue(UUID eventId, Channel channel, Instant scheduledAt, Instant now) {
        return jdbc.sql("""
                        UPDATE distributions SET status = 'PENDING', scheduled_at = :at, lease_until = NULL,
                                                 finished_at = NULL, updated_at = :now
                        WHERE event_id = :event AND channel = :channel AND status = 'FAILED'""")
                        .param("at", Timestamp.from(scheduledAt))
                        .param("now", Timestamp.from(now))
                        .param("event", eventId)
                        .param("channel", channel.name())
                        .update()
                == 1;
    }

    // who already got an SMS or e-mail of this event: a retry sends only to the others
    List<String> sentTo(UUID eventId, Channel channel) {
        return jdbc.sql("SELECT recipient FROM recipient_sends WHERE event_id = :event AND channel = :channel")
                .param("event", eventId)
                .param("channel", channel.name())
                .query(String.class)
                .list();
    }

    void sent(UUID eventId, Channel channel, List<String> recipients, Instant now) {
        for (String recipient : recipients) {
            jdbc.sql("INSERT INTO recipient_sends (event_id, channel, recipient, sent_at) VALUES (:event, :channel,"
                            + " :recipient, :now) ON CONFLICT DO NOTHING")
                    .param("event", eventId)
                    .param("channel", channel.name())
                    .param("recipient", recipient)
                    .param("now", Timestamp.from(now))
                    .update();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Distribution row(ResultSet rs, int n) throws SQLException {
        return new Distribution(
                rs.getObject("event_id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                DistributionStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("external_id"),
                rs.getString("external_url"),
                rs.getString("last_error"),
                instant(rs.getTimestamp("scheduled_at")),
                rs.getString("idempotency_key"),
                rs.getString("content_summary"),
                rs.getLong("estimated_reach"),
                rs.getLong("recipients"),
                rs.getLong("cost"),
                instant(rs.getTimestamp("first_attempt_at")),
                instant(rs.getTimestamp("finished_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
