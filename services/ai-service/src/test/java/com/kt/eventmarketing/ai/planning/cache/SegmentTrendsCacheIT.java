package com.kt.eventmarketing.ai.planning.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.ai.planning.domain.Engine;
import com.kt.eventmarketing.ai.planning.domain.Industry;
import com.kt.eventmarketing.ai.planning.domain.PastPerformance;
import com.kt.eventmarketing.ai.planning.domain.PlanRequest;
import com.kt.eventmarketing.ai.planning.domain.SegmentTrends;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalyst;
import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The segment cache on the real Redis, and without one. */
class SegmentTrendsCacheIT {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void keepsASegmentsAnalysisPerIndustryRegionObjectiveAndSeason() {
        SegmentTrendsCache cache =
                new SegmentTrendsCache(redis(EmbeddedEngines.shared().redis().port()), json, Duration.ofMinutes(5));
        SegmentTrends trends = segment();

        cache.put(trends);

        assertThat(cache.find(trends.industry(), trends.region(), trends.objective(), trends.season()))
                .contains(trends);
        assertThat(cache.find(Industry.CAFE, trends.region(), trends.objective(), trends.season()))
                .isEmpty();
        cache.evict(trends.industry(), trends.region());
        assertThat(cache.find(trends.industry(), trends.region(), trends.objective(), trends.season()))
                .isEmpty();
    }

    @Test
    void withoutRedisPlanningGoesOnUncached() {
        SegmentTrendsCache cache = new SegmentTrendsCache(redis(1), json, Duration.ofMinutes(5));
        SegmentTrends trends = segment();

        cache.put(trends);
        cache.evict(trends.industry(), trends.region());

        assertThat(cache.find(trends.industry(), trends.region(), trends.objective(), trends.season()))
                .isEmpty();
    }

    private static SegmentTrends segment() {
        StoreMother.Situation situation = StoreMother.gyeonggiBakeryBeforeSeollal();
        PlanRequest request =
                PlanRequest.of(situation.store(), situation.objective(), situation.referenceDate(), Engine.KNOWLEDGE);
        PastPerformance past = new PastPerformance(Map.of(
                PromotionType.BUNDLE,
                new PastPerformance.Track(
                        new PastPerformance.Results(2, Math.log(900), 300), PastPerformance.Results.NONE, 2, 1)));
        return new TrendAnalyst(Engine.KNOWLEDGE)
                .segment(request.industry(), request.region(), request.objective(), request.season(), past);
    }

    private static StringRedisTemplate redis(int port) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("localhost", port),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(500))
                        .build());
        factory.afterPropertiesSet();
        return new StringRedisTemplate(factory);
    }
}
