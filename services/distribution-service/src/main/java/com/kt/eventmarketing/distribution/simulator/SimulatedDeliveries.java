package com.kt.eventmarketing.distribution.simulator;

import com.kt.eventmarketing.contracts.Channel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each simulated provider received, one row per operation and idempotency key: a repeated
 * request with the same key gets the first answer back and is not recorded twice, as a real provider
 * that honours idempotency keys would do.
 */
@Repository
public class SimulatedDeliveries {

    private final JdbcClient jdbc;
    private final Clock clock;

    SimulatedDeliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Recorded record(
            Channel channel,
            String operation,
            String idempotencyKey,
            String request,
            String idPrefix,
            Function<String, String> urlOf) {
        String key = idempotencyKey == null || idempotencyKey.isBlank()
                ? UUID.randomUUID().toString()
                : idempotencyKey;
        String id = idPrefix
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        String url = urlOf == null ? null : urlOf.apply(id);
        Optional<Recorded> fresh = jdbc.sql("""
                        INSERT INTO simulated_deliveries (channel, idempotency_key, event_id, operation, request, external_id,
                                                          external_url, received_at)
                        VALUES (:channel, :key, :event, :operation, :request, :id, :url, :at)
                        ON CONFLICT (channel, operation, idempotency_key) DO NOTHING
                        RETURNING external_id, external_url""")
                .param("channel", channel.name())
                .param("key", key)
                .param("event", eventIdOf(key))
                .param("operation", operation)
                .param("request", request)
                .param("id", id)
                .param("url", url)
                .param("at", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Recorded(rs.getString("external_id"), rs.getString("external_url"), true))
                .optional();
        return fresh.orElseGet(() -> jdbc.sql("SELECT external_id, external_url FROM simulated_deliveries"
                        + " WHERE channel = :channel AND operation = :operation AND idempotency_key = :key")
                .param("channel", channel.name())
                .param("operation", operation)
                .param("key", key)
                .query((rs, n) -> new Recorded(rs.getString("external_id"), rs.getString("external_url"), false))
                .single());
    }

    /** Everything the simulator received for an event, oldest first. */
    public List<Received> of(UUID eventId) {
        return jdbc.sql("SELECT channel, operation, request, external_id, external_url, received_at"
                        + " FROM simulated_deliveries WHERE event_id = :event ORDER BY delivery_id")
                .param("event", eventId)
                .query((rs, n) -> new Received(
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("operation"),
                        rs.getString("request"),
                        rs.getString("external_id"),
                        rs.getString("external_url"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    /** Our idempotency keys start with the event id ({@code <eventId>:<CHANNEL>…}). */
    static UUID eventIdOf(String key) {
        if (key == null || key.length() < 36) {
            return null;
        }
        try {
            return UUID.fromString(key.substring(0, 36));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record Recorded(String externalId, String externalUrl, boolean fresh) {}

    /** One request a simulated provider received (contacts masked). */
    public record Received(
            Channel channel,
            String operation,
            String request,
            String externalId,
            String externalUrl,
            Instant receivedAt) {}
}
