package com.kt.eventmarketing.participation.limits;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.ParticipationProperties.Limits;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the public endpoints, shared by every replica through Redis: fixed-window counters,
 * both of an entry's counters (client address, event) taken in one round trip by a Lua script.
 * Exceeding one answers 429 with {@code Retry-After} (the rest of the window). Redis is a cache here:
 * when it is unreachable requests pass (the database still enforces one entry per phone) and the next
 * attempt waits a few seconds, so an outage does not add a timeout to every entry.
 */
@Component
public class AbuseLimits {

    private static final Logger log = LoggerFactory.getLogger(AbuseLimits.class);
    private static final long COOLDOWN_MILLIS = 5_000;

    // KEYS: counters; ARGV[i]: window millis of KEYS[i]. Returns each counter after its increment.
    private static final RedisScript<List> COUNT = RedisScript.of("""
            local out = {}
            for i, key in ipairs(KEYS) do
              local n = redis.call('INCR', key)
              if n == 1 then redis.call('PEXPIRE', key, ARGV[i]) end
              out[i] = n
            end
            return out""", List.class);

    private final StringRedisTemplate redis;
    private final Limits limits;
    private final Clock clock;
    private final AtomicLong unavailableUntil = new AtomicLong();

    AbuseLimits(StringRedisTemplate redis, ParticipationProperties properties, Clock clock) {
        this.redis = redis;
        this.limits = properties.limits();
        this.clock = clock;
    }

    /** Counts an entry attempt; 429 when the address or the event is over its limit. */
    public void entry(String clientIp, UUID eventId) {
        check(List.of(
                new Counter(
                        "participation:limit:entry-ip:" + clientIp,
                        limits.entriesPerIp(),
                        limits.ipWindow(),
                        "같은 네트워크에서 참여 요청이 너무 많습니다. 잠시 후 다시 시도해 주세요."),
                new Counter(
                        "participation:limit:entry-event:" + eventId,
                        limits.entriesPerEvent(),
                        limits.eventWindow(),
                        "지금 참여자가 많아 잠시 후 다시 시도해 주세요.")));
    }

    /** Counts a public page view or opt-out request of a client address. */
    public void view(String clientIp) {
        check(List.of(new Counter(
                "participation:limit:view-ip:" + clientIp,
                limits.viewsPerIp(),
                limits.viewWindow(),
                "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.")));
    }

    private record Counter(String prefix, int limit, Duration window, String message) {}

    private void check(List<Counter> counters) {
        long now = clock.millis();
        if (!limits.enabled() || now < unavailableUntil.get()) {
            return;
        }
        List<String> keys = counters.stream()
                .map(c -> c.prefix() + ":" + now / c.window().toMillis())
                .toList();
        Object[] windows =
                counters.stream().map(c -> Long.toString(c.window().toMillis())).toArray();
        List<?> counts;
        try {
            counts = redis.execute(COUNT, keys, windows);
        } catch (RuntimeException e) {
            unavailableUntil.set(now + COOLDOWN_MILLIS);
            log.warn("Rate limits unavailable for {} ms, requests pass: {}", COOLDOWN_MILLIS, e.toString());
            return;
        }
        for (int i = 0; i < counters.size(); i++) {
            Counter counter = counters.get(i);
            if (((Number) counts.get(i)).longValue() > counter.limit()) {
                long windowMillis = counter.window().toMillis();
                long remaining = windowMillis - now % windowMillis;
                throw ProblemException.tooManyRequests(
                        "too-many-requests", counter.message(), Duration.ofMillis(Math.max(1000, remaining)));
            }
        }
    }
}
