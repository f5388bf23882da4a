package com.kt.eventmarketing.participation;

import static com.kt.eventmarketing.participation.EventMother.cafeEvent;
import static com.kt.eventmarketing.participation.EventMother.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.testing.TopicReader;
import com.kt.eventmarketing.common.testing.TopicWriter;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import com.kt.eventmarketing.participation.EventMother.Owner;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ParticipationServiceTest
class PublicEventIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void showsAnOpenEventWithItsSeedCommitmentAndConsentTexts() {
        Owner owner = Owner.fresh();
        UUID eventId = EventMother.openEvent(jdbc, owner);

        Api.Response view = api.get("/api/v1/public/events/" + eventId + "?ch=INSTAGRAM", null);

        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        JsonNode body = view.json();
        assertThat(body.path("eventName").asString()).isEqualTo("봄맞이 아메리카노 추첨");
        assertThat(body.path("benefit").asString()).isEqualTo("아메리카노 1잔");
        assertThat(body.path("store").path("storeName").asString()).isEqualTo("카페 봄");
        assertThat(body.path("startDate").asString())
                .isEqualTo(today().minusDays(1).toString());
        assertThat(body.path("imageUrl").asString()).isEqualTo("/api/v1/content/images/poster.png");
        assertThat(body.path("seedCommitment").asString()).matches("[0-9a-f]{64}");
        assertThat(body.path("consents").path("privacy").path("version").asString())
                .isNotBlank();
        assertThat(body.path("consents").path("privacy").path("required").asBoolean())
                .isTrue();
        assertThat(body.path("consents").path("marketing").path("text").asString())
                .contains("선택");
        assertThat(body.path("consents").path("marketing").path("required").asBoolean())
                .isFalse();
    }

    @Test
    void countsEachViewWithItsChannelIncludingThePostersQrCode() {
        Owner owner = Owner.fresh();
        UUID eventId = EventMother.openEvent(jdbc, owner);

        assertThat(api.get("/api/v1/public/events/" + eventId + "?ch=store", null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/public/events/" + eventId + "?ch=KAKAO_CHANNEL", null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/public/events/" + eventId + "?ch=%3Cscript%3E", null)
                        .status())
                .isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> views = TopicReader.recordsWithKey(
                EventViewed.TOPIC, eventId.toString(), Duration.ofSeconds(20), Duration.ofSeconds(2));
        assertThat(views)
                .extracting(r -> JSON.readTree(r.value()).path("channel").asString())
                .containsExactlyInAnyOrder("STORE", "KAKAO_CHANNEL", "DIRECT");
        assertThat(views)
                .extracting(r -> JSON.readTree(r.value()).path("storeId").asString())
                .containsOnly(owner.storeId().toString());
    }

    @Test
    void tellsAboutAnEventWhetherOpenOrNotWithoutCountingAView() {
        Owner owner = Owner.fresh();
        UUID upcoming = EventMother.publish(jdbc, cafeEvent(owner, today().plusDays(1), today().plusDays(5)));
        UUID past = EventMother.publish(jdbc, cafeEvent(owner, today().minusDays(5), today().minusDays(1)));

        Api.Response notStarted = api.get("/api/v1/public/events/" + upcoming + "/about", null);
        Api.Response closed = api.get("/api/v1/public/events/" + past + "/about", null);

        assertThat(notStarted.status()).as(notStarted.toString()).isEqualTo(200);
        assertThat(notStarted.text("openness")).isEqualTo("NOT_STARTED");
        assertThat(notStarted.text("startDate")).isEqualTo(today().plusDays(1).toString());
        assertThat(notStarted.text("eventName")).isEqualTo("봄맞이 아메리카노 추첨");
        assertThat(notStarted.json().path("seedCommitment").asString()).hasSize(64);
        assertThat(notStarted.json().path("store").path("storeName").asString()).isEqualTo("카페 봄");
        assertThat(notStarted.json().has("consents")).isFalse();
        assertThat(closed.text("openness")).isEqualTo("CLOSED");
        assertThat(api.get("/api/v1/public/events/" + UUID.randomUUID() + "/about", null)
                        .status())
                .isEqualTo(404);
        assertThat(TopicReader.recordsWithKey(
                        EventViewed.TOPIC, upcoming.toString(), Duration.ofSeconds(3), Duration.ofSeconds(1)))
                .as("no view counted")
                .isEmpty();
    }

    @Test
    void anUnknownEventIs404() {
        Api.Response view = api.get("/api/v1/public/events/" + UUID.randomUUID(), null);

        assertThat(view.status()).isEqualTo(404);
        assertThat(view.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anEventBeforeItsStartDateIs410InKorean() {
        Owner owner = Owner.fresh();
        UUID eventId = EventMother.publish(jdbc, cafeEvent(owner, today().plusDays(1), today().plusDays(5)));

        Api.Response view = api.get("/api/v1/public/events/" + eventId, null);
        Api.Response entry =
                api.post(EventMother.entriesPath(eventId), EventMother.entry("홍길동", "010-1111-2222"), null);

        assertThat(view.status()).isEqualTo(410);
        assertThat(view.contentType()).startsWith("application/problem+json");
        assertThat(view.text("code")).isEqualTo("event-not-started");
        assertThat(view.text("detail")).contains("아직 시작하지 않은");
        assertThat(entry.status()).isEqualTo(410);
    }

    @Test
    void anEventAfterItsEndDateIs410() {
        Owner owner = Owner.fresh();
        UUID eventId = EventMother.publish(jdbc, cafeEvent(owner, today().minusDays(5), today().minusDays(1)));

        Api.Response view = api.get("/api/v1/public/events/" + eventId, null);
        Api.Response entry =
                api.post(EventMother.entriesPath(eventId), EventMother.entry("홍길동", "010-1111-2222"), null);

        assertThat(view.status()).isEqualTo(410);
        assertThat(view.text("code")).isEqualTo("event-closed");
        assertThat(entry.status()).isEqualTo(410);
    }

    @Test
    void anEndedEventIs410() {
        Owner owner = Owner.fresh();
        UUID eventId = EventMother.openEvent(jdbc, owner);
        EventMother.end(jdbc, owner, eventId);

        Api.Response view = api.get("/api/v1/public/events/" + eventId, null);
        Api.Response entry =
                api.post(EventMother.entriesPath(eventId), EventMother.entry("홍길동", "010-1111-2222"), null);

        assertThat(view.status()).isEqualTo(410);
        assertThat(view.text("code")).isEqualTo("event-ended");
        assertThat(view.text("detail")).isEqualTo("종료된 이벤트입니다.");
        assertThat(entry.status()).isEqualTo(410);
    }

    @Test
    void anEndingThatOvertakesItsPublicationIsKept() {
        Owner owner = Owner.fresh();
        EventPublished published = cafeEvent(owner, today().minusDays(1), today().plusDays(7));
        TopicWriter.send(
                EventEnded.of(published.eventId(), owner.userId(), owner.storeId(), EventEnded.MANUAL),
                "/event-service");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM events WHERE event_id = ?", Integer.class, published.eventId())
                        == 1);

        EventMother.publish(jdbc, published);
        TopicWriter.send(published, "/event-service"); // a redelivery with the same message id changes nothing

        Api.Response view = api.get("/api/v1/public/events/" + published.eventId(), null);
        assertThat(view.status()).isEqualTo(410);
        assertThat(view.text("code")).isEqualTo("event-ended");
        assertThat(jdbc.queryForObject(
                        "SELECT event_name FROM events WHERE event_id = ?", String.class, published.eventId()))
                .isEqualTo("봄맞이 아메리카노 추첨");
    }

    @Test
    void aRepublishedEventKeepsItsCommittedSeed() {
        Owner owner = Owner.fresh();
        EventPublished first = cafeEvent(owner, today().minusDays(1), today().plusDays(7));
        UUID eventId = EventMother.publish(jdbc, first);
        String commitment = api.get("/api/v1/public/events/" + eventId, null).text("seedCommitment");

        EventPublished again = EventPublished.of(
                eventId,
                owner.userId(),
                first.store(),
                "봄맞이 아메리카노 추첨 (수정)",
                first.description(),
                first.objective(),
                first.startDate(),
                first.endDate(),
                first.channels(),
                first.selectedImageId(),
                first.selectedImageUrl(),
                first.plan());
        TopicWriter.send(again, "/event-service");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/public/events/" + eventId, null)
                        .text("eventName")
                        .endsWith("(수정)"));

        assertThat(api.get("/api/v1/public/events/" + eventId, null).text("seedCommitment"))
                .isEqualTo(commitment);
    }
}
