package com.kt.eventmarketing.event.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis as the design uses it: a cache, never the only copy. Every call may fail (Redis away, slow, restarted); a
 * failure is logged and answered as "no answer", so callers fall back to PostgreSQL. After a failure Redis is left
 * alone for a cool-down, so a Redis outage costs one timeout, not one per request.
 */
public class GuardedRedis {

    private static final Logger log = LoggerFactory.getLogger(GuardedRedis.class);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Duration cooldown;
    private final AtomicLong unavailableUntil = new AtomicLong();

    public GuardedRedis(StringRedisTemplate redis, Clock clock, Duration cooldown) {
        this.redis = redis;
        this.clock = clock;
        this.cooldown = cooldown;
    }

    /**
     * The result of {@code call}, or empty when Redis could not be asked (or answered {@code null}).
     *
     * @param what the operation, for the log
     */
    public <T> Optional<T> call(String what, Function<StringRedisTemplate, T> call) {
        if (coolingDown()) {
            return Optional.empty();
        }
        try {
            T result = call.apply(redis);
            recovered();
            return Optional.ofNullable(result);
        } catch (RuntimeException e) {
            failed(what, e);
            return Optional.empty();
        }
    }

    /** Runs {@code command}; {@code false} when Redis could not be reached, so the caller can remember to retry. */
    public boolean run(String what, Consumer<StringRedisTemplate> command) {
        if (coolingDown()) {
            return false;
        }
        try {
            command.accept(redis);
            recovered();
            return true;
        } catch (RuntimeException e) {
            failed(what, e);
            return false;
        }
    }

    /** Whether Redis is currently believed reachable (no failure within the cool-down). */
    public boolean available() {
        return !coolingDown();
    }

    private boolean coolingDown() {
        long until = unavailableUntil.get();
        return until != 0 && clock.millis() < until;
    }

    private void failed(String what, RuntimeException e) {
        long previous = unavailableUntil.getAndSet(clock.millis() + cooldown.toMillis());
        if (previous == 0) {
            log.warn(
                    "Redis unavailable ({}), serving from PostgreSQL and trying Redis again in {} ms: {}",
                    what,
                    cooldown.toMillis(),
                    e.toString());
        } else {
            log.debug("Redis still unavailable ({}): {}", what, e.toString());
        }
    }

    private void recovered() {
        if (unavailableUntil.get() != 0 && unavailableUntil.getAndSet(0) != 0) {
            log.info("Redis reachable again");
        }
    }
}
