package com.kt.eventmarketing.distribution;

import static com.kt.eventmarketing.distribution.Platform.channel;
import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.testing.TopicReader;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.distribution.simulator.ChannelSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** EventPublished → every chosen channel in parallel through the simulator, isolated, idempotent, observable. */
@DistributionServiceTest
class FanOutIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ChannelSimulator simulator;

    @Autowired
    TestClock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Platform platform;
    StoreSnapshot store;
    UUID userId;
    String token;

    @BeforeEach
    void setUp() {
        clock.daytime();
        simulator.reset();
        platform = new Platform(port, cipher);
        store = EventMother.cafe();
        userId = UUID.randomUUID();
        token = Platform.token(userId, store.storeId());
    }

    @AfterEach
    void tearDown() {
        simulator.reset();
    }

    @Test
    void publishesToAllEightChannelsAndReportsEachOutcomeAndTheCompletion() {
        platform.grant(store.storeId(), "01011112222", "kim@example.com", Instant.now());
        platform.grant(store.storeId(), "01033334444", null, Instant.now());
        waitForAudience(2);
        EventPublished event = EventMother.allChannels(store, userId);

        Platform.send(event, "/event-service");

        JsonNode status = platform.awaitCompleted(event.eventId(), token);
        assertThat(status.path("channels")).hasSize(8);
        for (JsonNode row : status.path("channels")) {
            assertThat(row.path("status").asString()).as(row.toString()).isEqualTo("SUCCESS");
            assertThat(row.path("attempts").asInt()).isEqualTo(1);
            assertThat(row.path("simulated").asBoolean()).isTrue();
        }
        assertThat(channel(status, "SMS").path("recipients").asLong()).isEqualTo(2);
        assertThat(channel(status, "EMAIL").path("recipients").asLong()).isEqualTo(1);
        assertThat(channel(status, "INSTAGRAM").path("externalUrl").asString()).contains("/simulator/instagram/p/");
        assertThat(channel(status, "SMS").path("cost").asLong()).isEqualTo(60); // two LMS at 30 won

        List<ConsumerRecord<String, byte[]>> outcomes = TopicReader.recordsWithKey(
                ChannelDistributed.TOPIC, event.eventId().toString(), Duration.ofSeconds(20), Duration.ofSeconds(2));
        assertThat(outcomes).hasSize(8);
        assertThat(outcomes)
                .allSatisfy(record -> assertThat(
                                JSON.readTree(record.value()).path("status").asString())
                        .isEqualTo("SUCCESS"));
        List<ConsumerRecord<String, byte[]>> completed = TopicReader.recordsWithKey(
                DistributionCompleted.TOPIC, event.eventId().toString(), Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertThat(completed).hasSize(1);
        JsonNode completion = JSON.readTree(completed.getFirst().value());
        assertThat(completion.path("succeeded")).hasSize(8);
        assertThat(completion.path("failed")).isEmpty();
        assertThat(TopicReader.header(completed.getFirst(), "ce_source")).isEqualTo("/distribution-service");
    }

    @Test
    void theSimulatorShowsWhatEachChannelReceivedInItsOwnFormat() {
        platform.grant(store.storeId(), "01055556666", "lee@example.com", Instant.now());
        waitForAudience(1);
        EventPublished event = EventMother.allChannels(store, userId);

        Platform.send(event, "/event-service");
        platform.awaitCompleted(event.eventId(), token);

        JsonNode simulated = platform.simulated(event.eventId(), token);
        assertThat(simulated.path("simulated").asBoolean()).isTrue();
        assertThat(simulated.path("notice").asString()).contains("시뮬레이터");
        JsonNode sms = received(simulated, "SMS").getFirst();
        assertThat(sms.path("operation").asString()).isEqualTo("ad-mms");
        assertThat(sms.path("request").path("body").asString())
                .startsWith("(광고)[카페 봄]")
                .contains("무료수신거부 080-500-4233")
                .contains("https://event.example.kr/e/" + event.eventId() + "?ch=SMS");
        assertThat(sms.path("request")
                        .path("recipientList")
                        .get(0)
                        .path("recipientNo")
                        .asString())
                .as("the simulator keeps no full phone number")
                .isEqualTo("010-****-6666");
        JsonNode kakao = received(simulated, "KAKAO_CHANNEL").getFirst().path("request");
        assertThat(kakao.path("template_object").path("object_type").asString()).isEqualTo("feed");
        assertThat(kakao.path("template_object")
                        .path("content")
                        .path("description")
                        .asString())
                .startsWith("(광고)");
        JsonNode email = received(simulated, "EMAIL").getFirst().path("request");
        assertThat(email.path("subject").asString()).startsWith("(광고)[카페 봄]");
        assertThat(email.path("listUnsubscribe").asString())
                .isEqualTo("<https://event.example.kr/opt-out/" + store.storeId() + ">");
        assertThat(email.path("to").get(0).asString()).isEqualTo("l***@example.com");
        JsonNode instagram = received(simulated, "INSTAGRAM").getFirst().path("request");
        assertThat(instagram.path("image_url").asString())
                .startsWith("https://event.example.kr/api/v1/content/images/");
        assertThat(instagram.path("caption").asString()).contains("#카페봄").hasSizeLessThanOrEqualTo(2200);
        JsonNode ringback = received(simulated, "RINGO_BIZ").getFirst().path("request");
        assertThat(ringback.path("script").asString()).contains("카페 봄").hasSizeLessThanOrEqualTo(60);
        JsonNode tv = received(simulated, "URIDONGNE_TV").getFirst().path("request");
        assertThat(tv.path("targeting").path("districts").get(0).asString()).isEqualTo("마포구");
        assertThat(tv.path("durationSeconds").asInt()).isEqualTo(15);
        assertThat(tv.path("slots")).isNotEmpty();
        assertThat(received(simulated, "NAVER_BLOG")
                        .getFirst()
                        .path("request")
                        .path("contents")
                        .asString())
                .contains("<img src=\"https://event.example.kr/api/v1/content/images/");
    }

    @Test
    void aFailingChannelFailsAloneAndSucceedsOnAManualRetry() {
        simulator.fail(Channel.KAKAO_CHANNEL, true);
        EventPublished event = EventMother.published(
                store, userId, List.of(Channel.INSTAGRAM, Channel.KAKAO_CHANNEL, Channel.RINGO_BIZ));

        Platform.send(event, "/event-service");

        JsonNode status = platform.awaitCompleted(event.eventId(), token);
        JsonNode kakao = channel(status, "KAKAO_CHANNEL");
        assertThat(kakao.path("status").asString()).isEqualTo("FAILED");
        assertThat(kakao.path("attempts").asInt()).isEqualTo(3);
        assertThat(kakao.path("lastError").asString()).contains("HTTP 503");
        assertThat(channel(status, "INSTAGRAM").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(channel(status, "RINGO_BIZ").path("status").asString()).isEqualTo("SUCCESS");

        Api.Response refused = platform.api()
                .post("/api/v1/distributions/events/" + event.eventId() + "/channels/INSTAGRAM/retry", null, token);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");

        simulator.fail(Channel.KAKAO_CHANNEL, false);
        Api.Response retried = platform.api()
                .post("/api/v1/distributions/events/" + event.eventId() + "/channels/KAKAO_CHANNEL/retry", null, token);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);

        JsonNode after = platform.awaitStatus(
                event.eventId(),
                token,
                s -> channel(s, "KAKAO_CHANNEL").path("status").asString().equals("SUCCESS"));
        assertThat(channel(after, "KAKAO_CHANNEL").path("attempts").asInt()).isEqualTo(4);
        assertThat(channel(after, "KAKAO_CHANNEL").path("lastError").isNull()).isTrue();

        List<String> kakaoOutcomes = new ArrayList<>();
        TopicReader.recordsWithKey(
                        ChannelDistributed.TOPIC,
                        event.eventId().toString(),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(2))
                .forEach(record -> {
                    JsonNode message = JSON.readTree(record.value());
                    if (message.path("channel").asString().equals("KAKAO_CHANNEL")) {
                        kakaoOutcomes.add(message.path("status").asString());
                    }
                });
        assertThat(kakaoOutcomes).containsExactly("FAILED", "SUCCESS");
        List<ConsumerRecord<String, byte[]>> completions = TopicReader.recordsWithKey(
                DistributionCompleted.TOPIC, event.eventId().toString(), Duration.ofSeconds(20), Duration.ofSeconds(1));
        assertThat(completions).hasSize(2);
        assertThat(JSON.readTree(completions.getLast().value()).path("failed")).isEmpty();
    }

    @Test
    void aSlowChannelWithinItsTimeoutStillSucceedsAndHoldsNoOtherUp() {
        simulator.delay(Channel.GENIE_TV, Duration.ofMillis(1200));
        EventPublished event = EventMother.published(store, userId, List.of(Channel.GENIE_TV, Channel.NAVER_BLOG));

        Platform.send(event, "/event-service");

        // the fast channel is done while the slow one is still being answered
        JsonNode early = platform.awaitStatus(
                event.eventId(),
                token,
                s -> channel(s, "NAVER_BLOG").path("status").asString().equals("SUCCESS"));
        assertThat(channel(early, "GENIE_TV").path("status").asString()).isIn("IN_PROGRESS", "SUCCESS");
        JsonNode status = platform.awaitCompleted(event.eventId(), token);
        assertThat(channel(status, "GENIE_TV").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(channel(status, "GENIE_TV").path("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aChannelThatNeverAnswersInTimeFailsWithoutPostingTwice() {
        simulator.delay(Channel.RINGO_BIZ, Duration.ofMillis(3500));
        EventPublished event = EventMother.published(store, userId, List.of(Channel.RINGO_BIZ));

        Platform.send(event, "/event-service");

        JsonNode status = platform.awaitCompleted(event.eventId(), token);
        JsonNode ringo = channel(status, "RINGO_BIZ");
        assertThat(ringo.path("status").asString()).isEqualTo("FAILED");
        assertThat(ringo.path("attempts").asInt()).isEqualTo(3);
        assertThat(ringo.path("lastError").asString()).containsAnyOf("timed out", "no answer");
        // each timed-out attempt reached the provider, which took it once: the idempotency key is the same
        org.awaitility.Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(6))
                .until(() -> received(platform.simulated(event.eventId(), token), "RINGO_BIZ")
                                .size()
                        <= 1);
        assertThat(received(platform.simulated(event.eventId(), token), "RINGO_BIZ"))
                .hasSize(1);
    }

    @Test
    void aRedeliveredOrRepeatedPublicationPostsNothingTwice() {
        EventPublished event = EventMother.published(store, userId, List.of(Channel.INSTAGRAM, Channel.URIDONGNE_TV));
        Platform.send(event, "/event-service");
        platform.awaitCompleted(event.eventId(), token);

        Platform.send(event, "/event-service"); // redelivery: same message id
        EventPublished again = new EventPublished(
                UUID.randomUUID(),
                Instant.now(),
                event.eventId(),
                event.userId(),
                event.store(),
                event.eventName(),
                event.description(),
                event.objective(),
                event.startDate(),
                event.endDate(),
                event.channels(),
                event.selectedImageId(),
                event.selectedImageUrl(),
                event.plan());
        Platform.send(again, "/event-service"); // the same fact told again under a new id

        List<ConsumerRecord<String, byte[]>> outcomes = TopicReader.recordsWithKey(
                ChannelDistributed.TOPIC, event.eventId().toString(), Duration.ofSeconds(20), Duration.ofSeconds(4));
        assertThat(outcomes).hasSize(2);
        JsonNode simulated = platform.simulated(event.eventId(), token);
        assertThat(received(simulated, "INSTAGRAM")).hasSize(2); // container + publish, once each
        assertThat(received(simulated, "URIDONGNE_TV")).hasSize(1);
        assertThat(channel(platform.status(event.eventId(), token), "INSTAGRAM")
                        .path("attempts")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anotherOwnerFindsNothing() {
        EventPublished event = EventMother.published(store, userId, List.of(Channel.NAVER_BLOG));
        Platform.send(event, "/event-service");
        platform.awaitCompleted(event.eventId(), token);
        String stranger = Platform.token(UUID.randomUUID(), UUID.randomUUID());

        assertThat(platform.api()
                        .get("/api/v1/distributions/events/" + event.eventId(), stranger)
                        .status())
                .isEqualTo(404);
        assertThat(platform.api()
                        .get("/api/v1/distributions/events/" + event.eventId() + "/simulated", stranger)
                        .status())
                .isEqualTo(404);
        assertThat(platform.api()
                        .post(
                                "/api/v1/distributions/events/" + event.eventId() + "/channels/NAVER_BLOG/retry",
                                null,
                                stranger)
                        .status())
                .isEqualTo(404);
        assertThat(platform.api()
                        .get("/api/v1/distributions/events/" + event.eventId(), null)
                        .status())
                .isEqualTo(401);
        assertThat(platform.api()
                        .get("/api/v1/distributions/events/" + UUID.randomUUID(), token)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aChannelAbandonedMidSendByAStoppedProcessIsTakenUpAgain() {
        UUID eventId = UUID.randomUUID();
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        java.sql.Timestamp expired = java.sql.Timestamp.from(clock.instant().minusSeconds(60));
        jdbc.update(
                "INSERT INTO published_events (event_id, user_id, store_id, store_name, industry, region, district,"
                        + " event_name, description, prize, image_url, published_at, created_at)"
                        + " VALUES (?, ?, ?, '카페 봄', 'CAFE', '서울', '마포구', '재시작 이벤트', '설명', '쿠폰',"
                        + " '/api/v1/content/images/x', ?, ?)",
                eventId,
                userId,
                store.storeId(),
                now,
                now);
        jdbc.update(
                "INSERT INTO distributions (event_id, channel, status, scheduled_at, lease_until, idempotency_key,"
                        + " first_attempt_at, created_at, updated_at) VALUES (?, 'NAVER_BLOG', 'IN_PROGRESS', ?, ?, ?, ?, ?, ?)",
                eventId,
                expired,
                expired,
                eventId + ":NAVER_BLOG",
                expired,
                expired,
                expired);

        JsonNode status = platform.awaitCompleted(eventId, token);

        assertThat(channel(status, "NAVER_BLOG").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(received(platform.simulated(eventId, token), "NAVER_BLOG")).hasSize(1);
    }

    private void waitForAudience(long phones) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode catalogue =
                    platform.api().get("/api/v1/distributions/channels", token).json();
            for (JsonNode channel : catalogue) {
                if (channel.path("channel").asString().equals("SMS")) {
                    return channel.path("estimatedReach").asLong() == phones;
                }
            }
            return false;
        });
    }

    static List<JsonNode> received(JsonNode simulated, String channel) {
        List<JsonNode> found = new ArrayList<>();
        simulated.path("deliveries").forEach(d -> {
            if (d.path("channel").asString().equals(channel)) {
                found.add(d);
            }
        });
        return found;
    }
}
