package com.kt.eventmarketing.distribution;

import static com.kt.eventmarketing.distribution.FanOutIT.received;
import static com.kt.eventmarketing.distribution.Platform.channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.distribution.simulator.ChannelSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Advertising rules: consent only, never to who withdrew, not at night; winners are told at once. */
@DistributionServiceTest
class ComplianceIT {

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ChannelSimulator simulator;

    @Autowired
    TestClock clock;

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
        clock.daytime();
    }

    @Test
    void advertisingGoesOnlyToConsentingPeopleAndNeverToThoseWhoWithdrew() {
        Instant t = Instant.now();
        platform.grant(store.storeId(), "01010000001", "a@example.com", t); // stays
        platform.grant(store.storeId(), "01010000002", null, t); // stays, phone only
        MarketingConsentChanged withdrawn = platform.grant(store.storeId(), "01010000003", "c@example.com", t);
        platform.withdraw(withdrawn.consentId(), store.storeId(), "01010000003", t.plusSeconds(60));
        // the withdrawal overtook its (older) grant: the grant must not bring the person back
        UUID lateConsent = UUID.randomUUID();
        platform.withdraw(lateConsent, store.storeId(), "01010000004", t.plusSeconds(60));
        Platform.send(
                MarketingConsentChanged.granted(
                        lateConsent,
                        store.storeId(),
                        cipher.blindIndex("01010000004", "phone"),
                        cipher.encrypt("01010000004", "message.phone"),
                        cipher.encrypt("d@example.com", "message.email"),
                        "2026-01",
                        t),
                "/participation-service");
        // another store's audience is not this store's
        platform.grant(UUID.randomUUID(), "01010000005", "e@example.com", t);
        await().atMost(Duration.ofSeconds(20)).until(() -> reach("SMS") == 2 && reach("EMAIL") == 1);
        awaitQuiet();
        assertThat(reach("SMS")).isEqualTo(2);

        EventPublished event = EventMother.published(store, userId, List.of(Channel.SMS, Channel.EMAIL));
        Platform.send(event, "/event-service");
        JsonNode status = platform.awaitCompleted(event.eventId(), token);

        assertThat(channel(status, "SMS").path("recipients").asLong()).isEqualTo(2);
        assertThat(channel(status, "EMAIL").path("recipients").asLong()).isEqualTo(1);
        JsonNode simulated = platform.simulated(event.eventId(), token);
        List<String> numbers = new ArrayList<>();
        received(simulated, "SMS")
                .forEach(sms -> sms.path("request")
                        .path("recipientList")
                        .forEach(r -> numbers.add(r.path("recipientNo").asString())));
        assertThat(numbers).containsExactlyInAnyOrder("010-****-0001", "010-****-0002");
        List<String> mails = new ArrayList<>();
        received(simulated, "EMAIL")
                .forEach(mail -> mail.path("request").path("to").forEach(to -> mails.add(to.asString())));
        assertThat(mails).containsExactly("a***@example.com");
    }

    @Test
    void advertisingWrittenAtNightWaitsForEightInTheMorningWhileOtherChannelsGoAtOnce() {
        platform.grant(store.storeId(), "01020000001", "night@example.com", Instant.now());
        await().atMost(Duration.ofSeconds(20)).until(() -> reach("SMS") == 1);
        clock.setSeoulTime(LocalDateTime.of(2026, 12, 1, 22, 30));
        EventPublished event = EventMother.published(
                store, userId, List.of(Channel.SMS, Channel.EMAIL, Channel.KAKAO_CHANNEL, Channel.INSTAGRAM));

        Platform.send(event, "/event-service");

        JsonNode night = platform.awaitStatus(
                event.eventId(),
                token,
                s -> channel(s, "INSTAGRAM").path("status").asString().equals("SUCCESS"));
        Instant morning =
                ZonedDateTime.of(2026, 12, 2, 8, 0, 0, 0, TestClock.SEOUL).toInstant();
        for (String queued : List.of("SMS", "EMAIL", "KAKAO_CHANNEL")) {
            JsonNode row = channel(night, queued);
            assertThat(row.path("status").asString()).as(queued).isEqualTo("PENDING");
            assertThat(Instant.parse(row.path("scheduledAt").asString()))
                    .as(queued)
                    .isEqualTo(morning);
        }
        assertThat(night.path("completed").asBoolean()).isFalse();
        // several polls pass in the night: nothing is sent
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(received(platform.simulated(event.eventId(), token), "SMS")).isEmpty();

        clock.setSeoulTime(LocalDateTime.of(2026, 12, 2, 8, 0, 1));

        JsonNode morningStatus = platform.awaitCompleted(event.eventId(), token);
        for (String sent : List.of("SMS", "EMAIL", "KAKAO_CHANNEL", "INSTAGRAM")) {
            assertThat(channel(morningStatus, sent).path("status").asString())
                    .as(sent)
                    .isEqualTo("SUCCESS");
        }
        assertThat(received(platform.simulated(event.eventId(), token), "SMS")).hasSize(1);
    }

    @Test
    void winnersAreToldBySmsAtOnceEvenAtNightWithoutTheAdvertisingHead() {
        EventPublished event = EventMother.published(store, userId, List.of(Channel.NAVER_BLOG));
        Platform.send(event, "/event-service");
        platform.awaitCompleted(event.eventId(), token);
        clock.setSeoulTime(LocalDateTime.of(2026, 12, 1, 23, 10));
        WinnersDrawn draw = WinnersDrawn.of(
                UUID.randomUUID(),
                event.eventId(),
                store.storeId(),
                store.storeName(),
                event.eventName(),
                "아메리카노 1잔",
                1,
                List.of(
                        new WinnersDrawn.Winner(
                                UUID.randomUUID(), 7, 1, "홍*동", cipher.encrypt("01077778888", "message.phone")),
                        new WinnersDrawn.Winner(
                                UUID.randomUUID(), 12, 2, "김*수", cipher.encrypt("01099990000", "message.phone"))));

        Platform.send(draw, "/participation-service");
        Platform.send(draw, "/participation-service"); // redelivered

        await().atMost(Duration.ofSeconds(20))
                .until(() -> received(platform.simulated(event.eventId(), token), "SMS")
                                .size()
                        == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        List<JsonNode> sms = received(platform.simulated(event.eventId(), token), "SMS");
        assertThat(sms).hasSize(2);
        assertThat(sms).allSatisfy(message -> {
            assertThat(message.path("operation").asString()).isIn("sms", "mms");
            assertThat(message.path("request").path("body").asString())
                    .startsWith("[카페 봄]")
                    .doesNotContain("(광고)")
                    .contains("당첨");
        });
        List<String> numbers = sms.stream()
                .map(m -> m.path("request")
                        .path("recipientList")
                        .get(0)
                        .path("recipientNo")
                        .asString())
                .toList();
        assertThat(numbers).containsExactlyInAnyOrder("010-****-8888", "010-****-0000");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(platform.api()
                                .get("/api/v1/distributions/events/" + event.eventId() + "/winner-notices", token)
                                .json())
                        .hasSize(2)
                        .allSatisfy(notice ->
                                assertThat(notice.path("status").asString()).isEqualTo("SUCCESS")));
    }

    @Test
    void theCatalogueEstimatesEveryChannelAndRefinesByRegionAndIndustry() {
        JsonNode plain =
                platform.api().get("/api/v1/distributions/channels", token).json();
        assertThat(plain).hasSize(8);
        JsonNode seoulCafe = platform.api()
                .get("/api/v1/distributions/channels?industry=CAFE&region=%EC%84%9C%EC%9A%B8", token)
                .json();
        assertThat(estimate(seoulCafe, "URIDONGNE_TV", "estimatedReach"))
                .isGreaterThan(estimate(plain, "URIDONGNE_TV", "estimatedReach"));
        assertThat(estimate(seoulCafe, "URIDONGNE_TV", "estimatedCost"))
                .isGreaterThan(estimate(plain, "URIDONGNE_TV", "estimatedCost"));
        assertThat(estimate(seoulCafe, "INSTAGRAM", "estimatedReach"))
                .isGreaterThan(estimate(plain, "INSTAGRAM", "estimatedReach"));
        assertThat(seoulCafe.get(0).path("name").asString()).isNotBlank();
        assertThat(platform.api().get("/api/v1/distributions/channels", null).status())
                .isEqualTo(401);
    }

    private long reach(String channel) {
        return estimate(
                platform.api().get("/api/v1/distributions/channels", token).json(), channel, "estimatedReach");
    }

    private static long estimate(JsonNode catalogue, String channel, String field) {
        for (JsonNode row : catalogue) {
            if (row.path("channel").asString().equals(channel)) {
                return row.path(field).asLong();
            }
        }
        throw new AssertionError(channel);
    }

    private static void awaitQuiet() {
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
    }
}
