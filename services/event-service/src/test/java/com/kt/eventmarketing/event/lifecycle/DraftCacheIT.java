package com.kt.eventmarketing.event.lifecycle;

import static com.kt.eventmarketing.event.Wizard.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.event.Api;
import com.kt.eventmarketing.event.Api.Response;
import com.kt.eventmarketing.event.EventServiceTest;
import com.kt.eventmarketing.event.Owners;
import com.kt.eventmarketing.event.Owners.Owner;
import com.kt.eventmarketing.event.RedisOutage;
import com.kt.eventmarketing.event.Wizard;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code event:draft:{eventId}}: read through, evicted on every change, never stale, and optional. */
@EventServiceTest
class DraftCacheIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    DraftCache drafts;

    @Autowired
    EventLifecycle lifecycle;

    Api api;
    Wizard wizard;
    Owner owner;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        wizard = new Wizard(api, jdbc);
        owner = Owners.registered(jdbc);
    }

    @Test
    void aDraftIsReadThroughTheCacheAndEvictedOnEveryChange() {
        String eventId = wizard.createDraft(owner);
        String key = "event:draft:" + eventId;
        assertThat(redis.hasKey(key)).isFalse();

        api.get("/api/v1/events/" + eventId, owner.token());

        Map<Object, Object> cached = redis.opsForHash().entries(key);
        assertThat(cached)
                .containsEntry("eventId", eventId)
                .containsEntry("objective", "NEW_CUSTOMERS")
                .containsEntry("status", "DRAFT")
                .containsEntry("userId", owner.userId().toString())
                .containsEntry("storeId", owner.storeId().toString());
        assertThat(redis.getExpire(key)).isBetween(1790L, 1800L);

        // served from the cache: a change behind the service's back is not seen
        jdbc.update("UPDATE events SET event_name = '몰래 바꾼 이름' WHERE event_id = ?::uuid", eventId);
        assertThat(api.get("/api/v1/events/" + eventId, owner.token())
                        .json()
                        .path("eventName")
                        .isNull())
                .isTrue();

        wizard.write(owner, eventId, "새 이름", today().plusDays(1), today().plusDays(2));
        assertThat(redis.hasKey(key)).as("evicted by the edit").isFalse();
        assertThat(api.get("/api/v1/events/" + eventId, owner.token()).text("eventName"))
                .isEqualTo("새 이름");
        assertThat(redis.opsForHash().get(key, "eventName")).isEqualTo("새 이름");

        api.put("/api/v1/events/" + eventId + "/channels", Map.of("channels", List.of("SMS")), owner.token());
        assertThat(redis.hasKey(key)).as("evicted by choosing channels").isFalse();
        assertThat(api.get("/api/v1/events/" + eventId, owner.token()).texts("channels"))
                .containsExactly("SMS");
    }

    @Test
    void publishedEventsAreNotCached() {
        String eventId = wizard.publishedEvent(owner);

        Response read = api.get("/api/v1/events/" + eventId, owner.token());

        assertThat(read.text("status")).isEqualTo("PUBLISHED");
        assertThat(redis.hasKey("event:draft:" + eventId)).isFalse();
    }

    @Test
    void anotherStoresOwnerIsNotServedFromTheCache() {
        String eventId = wizard.createDraft(owner);
        api.get("/api/v1/events/" + eventId, owner.token());
        assertThat(redis.hasKey("event:draft:" + eventId)).isTrue();

        assertThat(api.get("/api/v1/events/" + eventId, Owners.justSignedUp().token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aReadOvertakenByAChangeDoesNotPutTheOldDraftBack() {
        String eventId = wizard.createDraft(owner);
        UUID id = UUID.fromString(eventId);
        Event before = lifecycle.get(new CurrentOwner(owner.userId(), owner.storeId()), id);
        redis.delete("event:draft:" + eventId);

        // a reader took the generation and read PostgreSQL; then a change committed and evicted
        String generation = drafts.generation(id).orElseThrow();
        drafts.evict(id);
        drafts.fill(before, generation);

        assertThat(redis.hasKey("event:draft:" + eventId)).isFalse();
        drafts.fill(before, drafts.generation(id).orElseThrow());
        assertThat(redis.hasKey("event:draft:" + eventId))
                .as("a fresh read fills")
                .isTrue();
    }

    @Test
    void keepsServingFromPostgresWhileRedisIsUnresponsiveAndNeverServesAStaleDraftAfterwards() {
        String eventId = wizard.createDraft(owner);
        api.get("/api/v1/events/" + eventId, owner.token()); // cached
        String key = "event:draft:" + eventId;
        assertThat(redis.hasKey(key)).isTrue();

        RedisOutage.pause(redis, Duration.ofMillis(2500));
        Response edited = wizard.write(owner, eventId, "Redis 없이 고친 이름", null, null);
        Response read = api.get("/api/v1/events/" + eventId, owner.token());
        boolean pending = drafts.hasPendingEvictions();

        assertThat(edited.text("eventName")).isEqualTo("Redis 없이 고친 이름");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("eventName")).as("read from PostgreSQL").isEqualTo("Redis 없이 고친 이름");
        assertThat(pending).as("the failed eviction is remembered").isTrue();

        // Redis answers again: the remembered eviction goes through, the old draft is never served
        await().atMost(Duration.ofSeconds(15)).until(() -> !drafts.hasPendingEvictions());
        assertThat(api.get("/api/v1/events/" + eventId, owner.token()).text("eventName"))
                .isEqualTo("Redis 없이 고친 이름");
        assertThat(redis.opsForHash().get(key, "eventName")).isEqualTo("Redis 없이 고친 이름");
    }
}
