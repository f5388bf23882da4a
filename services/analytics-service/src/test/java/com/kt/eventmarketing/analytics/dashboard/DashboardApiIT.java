package com.kt.eventmarketing.analytics.dashboard;

import static com.kt.eventmarketing.analytics.EventMother.OPENED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.analytics.AnalyticsServiceTest;
import com.kt.eventmarketing.analytics.Api;
import com.kt.eventmarketing.analytics.EventMother;
import com.kt.eventmarketing.analytics.EventMother.Owner;
import com.kt.eventmarketing.analytics.Messages;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** §6 Analytics over HTTP: owner scoping, the owner's summary across events, the CSV export. */
@AnalyticsServiceTest
class DashboardApiIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void anotherOwnerFindsNothingOfTheEvent() {
        Owner owner = Owner.any();
        UUID eventId = publishWithEntries(owner, 3, "가을 맞이 커피 추첨");
        Api api = new Api(port);
        String stranger = Owner.any().token();
        // the same store id with another user is not the owner either
        String sameStoreOtherUser = new Owner(UUID.randomUUID(), owner.storeId()).token();

        for (String path : List.of("/dashboard", "/export.csv", "/stream")) {
            Api.Response response = api.get("/api/v1/analytics/events/" + eventId + path, stranger);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(api.get("/api/v1/analytics/events/" + eventId + path, sameStoreOtherUser)
                            .status())
                    .as(path)
                    .isEqualTo(404);
        }
        Api.Response unknown = api.get("/api/v1/analytics/events/" + UUID.randomUUID() + "/dashboard", owner.token());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/analytics/events/" + eventId + "/dashboard", null)
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/analytics/users/me/summary", stranger)
                        .json()
                        .path("events"))
                .isEmpty();
    }

    @Test
    void theOwnersSummaryAddsUpTheirEvents() {
        Owner owner = Owner.any();
        UUID first = publishWithEntries(owner, 4, "가을 맞이 커피 추첨");
        UUID second = publishWithEntries(owner, 6, "겨울 케이크 이벤트");
        new Messages(kafka).sendAll(List.of(EventEnded.of(first, owner.userId(), owner.storeId(), EventEnded.MANUAL)));
        Api api = new Api(port);

        JsonNode summary = awaitJson(
                api,
                "/api/v1/analytics/users/me/summary",
                owner.token(),
                s -> s.path("totals").path("participants").asLong() == 10
                        && s.path("totals").path("activeEvents").asInt() == 1);

        JsonNode totals = summary.path("totals");
        assertThat(totals.path("events").asInt()).isEqualTo(2);
        // each: plan estimate 100,000 + prizes 50,000
        assertThat(totals.path("totalCost").asLong()).isEqualTo(300_000);
        // 10 × 0.30 × 8,000
        assertThat(totals.path("expectedRevenue").asLong()).isEqualTo(24_000);
        assertThat(totals.path("roi").decimalValue()).isEqualByComparingTo("-0.92");
        assertThat(summary.path("events")).hasSize(2);
        List<String> ids = new ArrayList<>();
        summary.path("events").forEach(row -> ids.add(row.path("eventId").asString()));
        assertThat(ids).containsExactlyInAnyOrder(first.toString(), second.toString());
        summary.path("events").forEach(row -> {
            assertThat(row.path("predictedParticipants").asLong()).isEqualTo(100);
            if (row.path("eventId").asString().equals(first.toString())) {
                assertThat(row.path("status").asString()).isEqualTo("ENDED");
            }
        });
    }

    @Test
    void exportsTheDashboardAsCsvWithByteOrderMarkAndKoreanHeaders() {
        Owner owner = Owner.any();
        UUID eventId = publishWithEntries(owner, 5, "=HYPERLINK(\"http://evil\")");
        new Messages(kafka)
                .sendAll(List.of(EventMother.distributed(
                        eventId, owner, Channel.INSTAGRAM, DistributionStatus.SUCCESS, 1, 5_000, 40_000, OPENED)));
        Api api = new Api(port);
        awaitJson(
                api,
                "/api/v1/analytics/events/" + eventId + "/dashboard",
                owner.token(),
                d -> d.path("summary").path("costBasis").asString().equals("DISTRIBUTION"));

        HttpResponse<byte[]> csv = api.download("/api/v1/analytics/events/" + eventId + "/export.csv", owner.token());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("항목,값");
        assertThat(text).contains("참여자 수,5");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(lines).contains("채널,채널명,배포 상태,도달,비용(원),조회수,참여자 수,참여 전환율,매장 방문 수,참여자당 비용(원)");
        assertThat(lines).contains("INSTAGRAM,인스타그램,SUCCESS,5000,40000,0,5,,0,8000");
        assertThat(lines).contains("날짜,조회수,참여자 수");
        assertThat(lines).contains("2026-11-02,0,5");
    }

    private UUID publishWithEntries(Owner owner, int entries, String eventName) {
        UUID eventId = UUID.randomUUID();
        List<IntegrationEvent> messages = new ArrayList<>();
        messages.add(EventMother.published(eventId, owner, 8_000, EventMother.mediumDrawPlan(), eventName));
        for (int i = 0; i < entries; i++) {
            messages.add(EventMother.entry(
                    eventId, owner, UUID.randomUUID(), i + 1, EntryChannel.INSTAGRAM, OPENED.plusSeconds(i)));
        }
        new Messages(kafka).sendAll(messages);
        awaitJson(
                new Api(port),
                "/api/v1/analytics/events/" + eventId + "/dashboard",
                owner.token(),
                d -> d.path("summary").path("participants").asLong() == entries);
        return eventId;
    }

    static JsonNode awaitJson(Api api, String path, String token, Predicate<JsonNode> settled) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Response response = api.get(path, token);
                    if (response.status() != 200) {
                        return false;
                    }
                    last[0] = response.json();
                    return settled.test(last[0]);
                });
        return last[0];
    }
}
