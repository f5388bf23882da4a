package com.kt.eventmarketing.ai.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.ai.AiServiceTest;
import com.kt.eventmarketing.ai.Messages;
import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.ai.planning.Planning;
import com.kt.eventmarketing.ai.planning.cache.SegmentTrendsCache;
import com.kt.eventmarketing.ai.planning.domain.Industry;
import com.kt.eventmarketing.ai.planning.domain.PastPerformance;
import com.kt.eventmarketing.ai.planning.domain.PlanRequest;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.analytics.EventResultsMeasured;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Published and ended events become the platform's record, and results change what the planner expects. */
@AiServiceTest
class OutcomeLearningIT {

    // a segment no other test plans for, so learning here changes nobody else's expectations
    private static final StoreSnapshot FLOWER_SHOP =
            StoreMother.store("광주 꽃집 봄날", "FLOWER", "광주광역시 동구 충장로 10", "광주", "동구", 30000);

    @Autowired
    EventOutcomes outcomes;

    @Autowired
    Planning planning;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void learnsFromPublishedEndedAndMeasuredEvents() {
        PlanRequest request = planning.request(FLOWER_SHOP, Objective.SALES, LocalDate.of(2026, 4, 20));
        TrendAnalysis before = planning.analyze(request);
        String cacheKey = SegmentTrendsCache.key(Industry.FLOWER, "광주", Objective.SALES, request.season());
        assertThat(redis.hasKey(cacheKey)).isTrue();

        List<EventPublished> published = List.of(publish(), publish(), publish());
        // the topics are independent: an ending may arrive before the publication it ends
        Messages.send(ended(published.getLast()));
        published.forEach(Messages::send);
        Messages.send(published.getFirst()); // a redelivery
        published.subList(0, 2).forEach(event -> Messages.send(ended(event)));

        await().atMost(Duration.ofSeconds(20)).until(() -> ended(published) == 3);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM event_outcomes WHERE event_id IN (?, ?, ?)",
                        Integer.class,
                        published.stream().map(EventPublished::eventId).toArray()))
                .isEqualTo(3);

        // analytics' final figures: 400 participants for 80,000 won each time — 200 won per participant
        published.forEach(event -> Messages.send(
                EventResultsMeasured.of(event.eventId(), FLOWER_SHOP.storeId(), 2_000, 400, 90, 80_000, 1_000_000)));
        await().atMost(Duration.ofSeconds(20)).until(() -> measured(published) == 3);
        assertThat(outcomes.recordResults(UUID.randomUUID(), 1, 1))
                .as("results of an event not published (yet)")
                .isFalse();

        assertThat(redis.hasKey(cacheKey))
                .as("the segment's cached analysis is forgotten")
                .isFalse();
        PastPerformance.Track track = outcomes.of(Industry.FLOWER, "광주").track(PromotionType.COUPON);
        assertThat(track.publishedHere()).isEqualTo(3);
        assertThat(track.here().events()).isEqualTo(3);
        assertThat(track.here().costPerParticipant()).isCloseTo(200, org.assertj.core.data.Offset.offset(0.5));

        TrendAnalysis after = planning.analyze(request);
        assertThat(before.past().isEmpty()).isTrue();
        assertThat(after.insights()).anyMatch(insight -> insight.contains("쿠폰 증정 3건") && insight.contains("200원"));
        assertThat(planning.plan(after).plans())
                .anySatisfy(plan -> assertThat(plan.promotionType()).isEqualTo(PromotionType.COUPON));
    }

    private static EventEnded ended(EventPublished event) {
        return EventEnded.of(event.eventId(), event.userId(), FLOWER_SHOP.storeId(), EventEnded.END_DATE);
    }

    private int measured(List<EventPublished> events) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM event_outcomes WHERE actual_participants = 400 AND event_id IN (?, ?, ?)",
                Integer.class,
                events.stream().map(EventPublished::eventId).toArray());
    }

    private int ended(List<EventPublished> events) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM event_outcomes WHERE ended_at IS NOT NULL AND event_id IN (?, ?, ?)",
                Integer.class,
                events.stream().map(EventPublished::eventId).toArray());
    }

    private static EventPublished publish() {
        EventPlan plan = new EventPlan(
                BudgetLevel.LOW,
                "봄 꽃다발 쿠폰",
                "설명",
                PromotionType.COUPON,
                "동구 직장인",
                "미니 꽃다발 쿠폰",
                50_000,
                "이벤트 페이지 참여",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 15),
                List.of(Channel.INSTAGRAM),
                120,
                80_000,
                300_000,
                2.75,
                "근거");
        return EventPublished.of(
                UUID.randomUUID(),
                UUID.randomUUID(),
                FLOWER_SHOP,
                plan.eventName(),
                plan.description(),
                Objective.SALES,
                plan.startDate(),
                plan.endDate(),
                List.of(Channel.INSTAGRAM),
                null,
                null,
                plan);
    }
}
