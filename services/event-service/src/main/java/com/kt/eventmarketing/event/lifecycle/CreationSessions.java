package com.kt.eventmarketing.event.lifecycle;

import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.shared.AfterCommit;
import com.kt.eventmarketing.event.shared.EventServiceProperties;
import com.kt.eventmarketing.event.shared.GuardedRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * {@code event:session:{userId}} (TTL 1 hour): the event-creation session of the wizard, a hash of eventId,
 * objective, storeId and createdAt, written when a draft is created and removed when that draft is published or
 * deleted.
 */
@Component
class CreationSessions {

    private static final String PREFIX = "event:session:";

    /** KEYS: session; ARGV: ttl seconds, field, value, field, value … */
    private static final RedisScript<Long> START = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            return redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))""", Long.class);

    /** KEYS: session; ARGV: event id. Removes the session only if it is still that event's. */
    private static final RedisScript<Long> FINISH = RedisScript.of("""
            if redis.call('HGET', KEYS[1], 'eventId') == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0""", Long.class);

    private final GuardedRedis redis;
    private final Duration ttl;

    CreationSessions(GuardedRedis redis, EventServiceProperties properties) {
        this.redis = redis;
        this.ttl = properties.session().ttl();
    }

    Duration ttl() {
        return ttl;
    }

    void startAfterCommit(Event draft) {
        Object[] args = {
            Long.toString(ttl.toSeconds()),
            "eventId",
            draft.eventId().toString(),
            "objective",
            draft.objective().name(),
            "storeId",
            draft.storeId().toString(),
            "createdAt",
            draft.createdAt().toString()
        };
        String key = key(draft.userId());
        AfterCommit.run(() -> redis.run("start creation session", r -> r.execute(START, List.of(key), args)));
    }

    void finishAfterCommit(UUID userId, UUID eventId) {
        AfterCommit.run(() ->
                redis.run("finish creation session", r -> r.execute(FINISH, List.of(key(userId)), eventId.toString())));
    }

    /** The session as Redis holds it; empty when there is none or Redis cannot tell. */
    Optional<CreationSession> current(UUID userId) {
        return redis.call(
                        "read creation session",
                        r -> r.<String, String>opsForHash().entries(key(userId)))
                .filter(hash -> hash.containsKey("eventId"))
                .flatMap(CreationSessions::session);
    }

    static String key(UUID userId) {
        return PREFIX + userId;
    }

    private static Optional<CreationSession> session(Map<String, String> hash) {
        try {
            return Optional.of(new CreationSession(
                    UUID.fromString(hash.get("eventId")),
                    Objective.valueOf(hash.get("objective")),
                    UUID.fromString(hash.get("storeId")),
                    Instant.parse(hash.get("createdAt"))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
