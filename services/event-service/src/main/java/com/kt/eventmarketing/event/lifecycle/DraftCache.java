package com.kt.eventmarketing.event.lifecycle;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.lifecycle.domain.EventStatus;
import com.kt.eventmarketing.event.shared.AfterCommit;
import com.kt.eventmarketing.event.shared.EventServiceProperties;
import com.kt.eventmarketing.event.shared.GuardedRedis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code event:draft:{eventId}}: a Redis hash of a draft event (TTL 30 minutes), read through on GET and evicted
 * after every committed change.
 *
 * <p>Two things keep it from serving stale drafts. A read that misses takes the key's generation
 * ({@code event:draft:{eventId}:gen}) before it reads PostgreSQL and fills the cache only if no change was evicted
 * meanwhile (one Lua script), so a read overtaken by a change cannot put the old draft back. An eviction that fails
 * because Redis is away is remembered and retried until it succeeds; until then this instance reads that event from
 * PostgreSQL.
 */
@Component
class DraftCache {

    private static final Logger log = LoggerFactory.getLogger(DraftCache.class);
    private static final String PREFIX = "event:draft:";
    private static final String GENERATION_SUFFIX = ":gen";

    /** KEYS: hash, generation; ARGV: expected generation, ttl seconds, field, value, field, value … */
    private static final RedisScript<Long> FILL = RedisScript.of("""
            local current = redis.call('GET', KEYS[2]) or ''
            if current ~= ARGV[1] then return 0 end
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(ARGV, 3))
            redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
            return 1""", Long.class);

    /** KEYS: hash, generation; ARGV: ttl seconds of the generation. */
    private static final RedisScript<Long> EVICT = RedisScript.of("""
            redis.call('INCR', KEYS[2])
            redis.call('EXPIRE', KEYS[2], tonumber(ARGV[1]))
            return redis.call('DEL', KEYS[1])""", Long.class);

    private final GuardedRedis redis;
    private final boolean enabled;
    private final long ttlSeconds;
    private final Set<UUID> pendingEvictions = ConcurrentHashMap.newKeySet();

    DraftCache(GuardedRedis redis, EventServiceProperties properties) {
        this.redis = redis;
        this.enabled = properties.draftCache().enabled();
        this.ttlSeconds = properties.draftCache().ttl().toSeconds();
    }

    /** The cached draft, or empty on a miss, when Redis is away or while an eviction of it is pending. */
    Optional<Event> get(UUID eventId) {
        if (!enabled || pendingEvictions.contains(eventId)) {
            return Optional.empty();
        }
        return redis.call("read draft", r -> r.<String, String>opsForHash().entries(key(eventId)))
                .filter(hash -> !hash.isEmpty())
                .flatMap(hash -> decode(eventId, hash));
    }

    /** The generation to fill against, read before PostgreSQL is; empty when the cache must not be filled. */
    Optional<String> generation(UUID eventId) {
        if (!enabled || pendingEvictions.contains(eventId)) {
            return Optional.empty();
        }
        return redis.call("read draft generation", r -> {
            String generation = r.opsForValue().get(generationKey(eventId));
            return generation == null ? "" : generation;
        });
    }

    /** Caches a draft read from PostgreSQL unless it changed since {@code generation} was taken. */
    void fill(Event event, String generation) {
        if (!event.isDraft()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(generation, Long.toString(ttlSeconds)));
        encode(event).forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        redis.call(
                "fill draft",
                r -> r.execute(
                        FILL,
                        List.of(key(event.eventId()), generationKey(event.eventId())),
                        args.toArray(Object[]::new)));
    }

    /** Evicts the draft once the current transaction commits (at once outside one). */
    void evictAfterCommit(UUID eventId) {
        AfterCommit.run(() -> evict(eventId));
    }

    void evict(UUID eventId) {
        boolean done = redis.run(
                "evict draft",
                r -> r.execute(EVICT, List.of(key(eventId), generationKey(eventId)), Long.toString(ttlSeconds)));
        if (done) {
            pendingEvictions.remove(eventId);
        } else {
            pendingEvictions.add(eventId);
        }
    }

    /** Evictions that failed while Redis was away, tried again until Redis takes them. */
    @Scheduled(fixedDelayString = "${kt.event.redis-retry:5s}")
    void retryPendingEvictions() {
        if (pendingEvictions.isEmpty() || !redis.available()) {
            return;
        }
        for (UUID eventId : List.copyOf(pendingEvictions)) {
            evict(eventId);
        }
        if (pendingEvictions.isEmpty()) {
            log.info("Pending draft cache evictions done");
        }
    }

    boolean hasPendingEvictions() {
        return !pendingEvictions.isEmpty();
    }

    static String key(UUID eventId) {
        return PREFIX + eventId;
    }

    private static String generationKey(UUID eventId) {
        return PREFIX + eventId + GENERATION_SUFFIX;
    }

    /** The design's fields (eventName, description, objective, status, userId, storeId) and the rest of the view. */
    static Map<String, String> encode(Event event) {
        Map<String, String> hash = new LinkedHashMap<>();
        put(hash, "eventId", event.eventId());
        put(hash, "userId", event.userId());
        put(hash, "storeId", event.storeId());
        put(hash, "eventName", event.eventName());
        put(hash, "description", event.description());
        put(hash, "objective", event.objective());
        put(hash, "startDate", event.startDate());
        put(hash, "endDate", event.endDate());
        put(hash, "status", event.status());
        put(hash, "selectedImageId", event.selectedImageId());
        put(hash, "selectedImageUrl", event.selectedImageUrl());
        hash.put(
                "channels",
                String.join(",", event.channels().stream().map(Channel::name).toList()));
        put(hash, "selectedRecommendationId", event.selectedRecommendationId());
        put(hash, "createdAt", event.createdAt());
        put(hash, "updatedAt", event.updatedAt());
        return hash;
    }

    /** The cached draft; a hash that does not read as one (another version wrote it) counts as a miss. */
    static Optional<Event> decode(UUID eventId, Map<String, String> hash) {
        try {
            Event event = new Event(
                    UUID.fromString(hash.get("eventId")),
                    UUID.fromString(hash.get("userId")),
                    UUID.fromString(hash.get("storeId")),
                    hash.get("eventName"),
                    hash.get("description"),
                    Objective.valueOf(hash.get("objective")),
                    parse(hash.get("startDate"), LocalDate::parse),
                    parse(hash.get("endDate"), LocalDate::parse),
                    EventStatus.valueOf(hash.get("status")),
                    parse(hash.get("selectedImageId"), UUID::fromString),
                    hash.get("selectedImageUrl"),
                    channels(hash.get("channels")),
                    parse(hash.get("selectedRecommendationId"), UUID::fromString),
                    Instant.parse(hash.get("createdAt")),
                    Instant.parse(hash.get("updatedAt")),
                    null,
                    null,
                    null);
            return event.eventId().equals(eventId) && event.isDraft() ? Optional.of(event) : Optional.empty();
        } catch (RuntimeException unreadable) {
            log.debug("Ignoring unreadable draft cache entry of {}: {}", eventId, unreadable.toString());
            return Optional.empty();
        }
    }

    private static void put(Map<String, String> hash, String field, Object value) {
        if (value != null) {
            hash.put(field, value.toString());
        }
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        return value == null ? null : parser.apply(value);
    }

    private static List<Channel> channels(String value) {
        return value == null || value.isEmpty()
                ? List.of()
                : Arrays.stream(value.split(",")).map(Channel::valueOf).toList();
    }
}
