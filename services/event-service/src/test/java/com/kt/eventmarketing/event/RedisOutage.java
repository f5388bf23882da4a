package com.kt.eventmarketing.event;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A Redis that stops answering for a while ({@code CLIENT PAUSE}), as a hung or overloaded one would: commands time
 * out, then it answers again with its keys as they were. The shared embedded Redis cannot be stopped and restarted.
 */
public final class RedisOutage {

    private RedisOutage() {}

    public static void pause(StringRedisTemplate redis, Duration duration) {
        redis.execute(
                connection -> connection.execute(
                        "CLIENT",
                        "PAUSE".getBytes(),
                        Long.toString(duration.toMillis()).getBytes()),
                true);
    }
}
