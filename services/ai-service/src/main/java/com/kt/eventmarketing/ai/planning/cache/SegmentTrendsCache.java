package com.kt.eventmarketing.ai.planning.cache;

import com.kt.eventmarketing.ai.planning.domain.Industry;
import com.kt.eventmarketing.ai.planning.domain.SeasonKey;
import com.kt.eventmarketing.ai.planning.domain.SegmentTrends;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trend analysis of a segment — (industry, region, objective, season) — in Redis, key
 * {@code ai:trends:v1:<industry>:<region>:<objective>:<year>-<season>}, for {@code kt.ai.trend-cache-ttl}.
 * Redis is only a cache: when it is away or holds something unreadable the analysis is computed
 * again and the request goes on; a warning is logged at most once a minute.
 */
@Component
public class SegmentTrendsCache {

    private static final Logger log = LoggerFactory.getLogger(SegmentTrendsCache.class);
    private static final String PREFIX = "ai:trends:v1:";

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration ttl;
    private final AtomicLong lastWarning = new AtomicLong();

    SegmentTrendsCache(
            StringRedisTemplate redis, JsonMapper json, @Value("${kt.ai.trend-cache-ttl:30m}") Duration ttl) {
        this.redis = redis;
        this.json = json;
        this.ttl = ttl;
    }

    public static String key(Industry industry, String region, Objective objective, SeasonKey season) {
        return PREFIX + industry + ":" + regionPart(region) + ":" + objective + ":" + season;
    }

    public Optional<SegmentTrends> find(Industry industry, String region, Objective objective, SeasonKey season) {
        try {
            String cached = redis.opsForValue().get(key(industry, region, objective, season));
            return cached == null ? Optional.empty() : Optional.of(json.readValue(cached, SegmentTrends.class));
        } catch (RuntimeException e) {
            warn("read", e);
            return Optional.empty();
        }
    }

    public void put(SegmentTrends trends) {
        try {
            redis.opsForValue()
                    .set(
                            key(trends.industry(), trends.region(), trends.objective(), trends.season()),
                            json.writeValueAsString(trends),
                            ttl);
        } catch (RuntimeException e) {
            warn("write", e);
        }
    }

    /** Forgets every cached analysis of an industry in a region: its past results changed. */
    public void evict(Industry industry, String region) {
        try {
            Set<String> keys = new HashSet<>();
            ScanOptions pattern = ScanOptions.scanOptions()
                    .match(PREFIX + industry + ":" + regionPart(region) + ":*")
                    .count(200)
                    .build();
            try (Cursor<String> cursor = redis.scan(pattern)) {
                cursor.forEachRemaining(keys::add);
            }
            if (!keys.isEmpty()) {
                redis.delete(keys);
            }
        } catch (RuntimeException e) {
            warn("evict", e);
        }
    }

    private static String regionPart(String region) {
        return region == null ? "-" : region;
    }

    private void warn(String what, RuntimeException e) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last > 60_000 && lastWarning.compareAndSet(last, now)) {
            log.warn("Trend cache {} failed, computing without it: {}", what, e.toString());
        }
    }
}
