package com.kt.eventmarketing.analytics.projection;

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
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** The read models on the real broker: exact figures after bursts, duplicates and any arrival order. */
@AnalyticsServiceTest
class ProjectionIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void figuresAreExactAfterABurstWithDuplicatesAndReordering() {
        Owner owner = Owner.any();
        UUID eventId = UUID.randomUUID();
        List<UUID> people =
                IntStream.range(0, 120).mapToObj(i -> UUID.randomUUID()).toList();
        List<IntegrationEvent> burst = new ArrayList<>();

        // 120 entries over two Seoul days: 50 Instagram, 30 Kakao, 25 window poster, 15 direct
        List<ParticipantRegistered> entries = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            EntryChannel channel = i < 50
                    ? EntryChannel.INSTAGRAM
                    : i < 80 ? EntryChannel.KAKAO_CHANNEL : i < 105 ? EntryChannel.STORE : EntryChannel.DIRECT;
            Instant at = OPENED.plus(Duration.ofMinutes(i < 70 ? 10 + i : 24 * 60 + i)); // 70 on day one, 50 on day two
            entries.add(EventMother.entry(eventId, owner, people.get(i), i + 1, channel, at));
        }
        burst.addAll(entries);
        burst.addAll(entries.subList(0, 20)); // redeliveries: same message ids
        entries.subList(20, 30)
                .forEach(entry -> burst.add(ParticipantRegistered.of( // the same entries again in new messages
                        entry.participantId(),
                        eventId,
                        owner.storeId(),
                        entry.entryNumber(),
                        entry.channel(),
                        entry.marketingConsent(),
                        entry.occurredAt().plusSeconds(5))));

        // 300 views: 150 Instagram, 90 Kakao, 60 window poster
        for (int i = 0; i < 300; i++) {
            EntryChannel channel =
                    i < 150 ? EntryChannel.INSTAGRAM : i < 240 ? EntryChannel.KAKAO_CHANNEL : EntryChannel.STORE;
            burst.add(EventMother.view(eventId, owner, channel, OPENED.plus(Duration.ofMinutes(i))));
        }

        // visits of people 0..19 (Instagram); 17..19 unmarked later; an older "not visited" of 10..11 must not win;
        // someone who never entered visits too (not counted)
        Instant marked = OPENED.plus(Duration.ofHours(30));
        people.subList(0, 20).forEach(p -> burst.add(EventMother.visit(eventId, owner, p, true, marked)));
        people.subList(17, 20)
                .forEach(p -> burst.add(EventMother.visit(eventId, owner, p, false, marked.plusSeconds(60))));
        people.subList(10, 12)
                .forEach(p -> burst.add(EventMother.visit(eventId, owner, p, false, marked.minusSeconds(60))));
        burst.add(EventMother.visit(eventId, owner, UUID.randomUUID(), true, marked));

        // distribution: the latest report per channel counts, whatever the arrival order
        burst.add(EventMother.distributed(
                eventId,
                owner,
                Channel.INSTAGRAM,
                DistributionStatus.SUCCESS,
                2,
                12_000,
                50_000,
                OPENED.plusSeconds(90)));
        burst.add(EventMother.distributed(
                eventId, owner, Channel.INSTAGRAM, DistributionStatus.FAILED, 1, 0, 0, OPENED.plusSeconds(30)));
        burst.add(EventMother.distributed(
                eventId,
                owner,
                Channel.KAKAO_CHANNEL,
                DistributionStatus.SUCCESS,
                1,
                800,
                30_000,
                OPENED.plusSeconds(40)));
        burst.add(DistributionCompleted.of(
                eventId,
                owner.storeId(),
                List.of(Channel.INSTAGRAM, Channel.KAKAO_CHANNEL),
                List.of(),
                80_000,
                90_000));

        // a draw and a redraw that draws one of the same people again
        burst.add(draw(eventId, owner, 1, people.subList(0, 3)));
        burst.add(draw(eventId, owner, 2, List.of(people.get(2), people.get(3))));

        // the store's spend changed after publication; an older change arrives last and must not win
        burst.add(EventMother.storeUpdated(owner, 9_000, OPENED.plus(Duration.ofDays(1))));
        burst.add(EventMother.storeUpdated(owner, 7_000, OPENED.minus(Duration.ofDays(1))));

        Collections.shuffle(burst, new Random(42));
        // the visits of five people come before their entries; the publication comes last of all
        people.subList(0, 5).forEach(p -> burst.addFirst(EventMother.visit(eventId, owner, p, true, marked)));
        burst.add(EventMother.published(eventId, owner, 8_000, EventMother.mediumDrawPlan()));

        new Messages(kafka).sendAll(burst);

        JsonNode dashboard = awaitDashboard(
                owner,
                eventId,
                d -> d.path("summary").path("participants").asLong() == 120
                        && d.path("summary").path("storeVisits").asLong() == 17
                        && d.path("summary").path("views").asLong() == 300
                        && d.path("summary").path("winners").asLong() == 4
                        && d.path("status").asString().equals("PUBLISHED")
                        && d.path("summary").path("averageSpend").asLong() == 9_000
                        && d.path("summary").path("costBasis").asString().equals("DISTRIBUTION")
                        && d.path("summary").path("channelCost").asLong() == 80_000);

        JsonNode summary = dashboard.path("summary");
        assertThat(summary.path("conversionRate").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(summary.path("marketingConsents").asLong()).isEqualTo(60);
        assertThat(summary.path("prizeCost").asLong()).isEqualTo(50_000);
        assertThat(summary.path("totalCost").asLong()).isEqualTo(130_000);
        assertThat(summary.path("visitConversionBasis").asString()).isEqualTo("MEASURED");
        // 17 visits × 9,000 won
        assertThat(summary.path("expectedRevenue").asLong()).isEqualTo(153_000);
        assertThat(summary.path("roi").decimalValue()).isEqualByComparingTo("0.1769");
        assertThat(summary.path("costPerParticipant").asLong()).isEqualTo(1_083);
        JsonNode predicted = summary.path("predicted");
        assertThat(predicted.path("participants").asLong()).isEqualTo(100);
        assertThat(predicted.path("cost").asLong()).isEqualTo(150_000);
        assertThat(predicted.path("revenue").asLong()).isEqualTo(240_000);
        assertThat(predicted.path("roi").asDouble()).isEqualTo(0.6);

        assertThat(channel(dashboard, "INSTAGRAM").path("participants").asLong())
                .isEqualTo(50);
        assertThat(channel(dashboard, "INSTAGRAM").path("views").asLong()).isEqualTo(150);
        assertThat(channel(dashboard, "INSTAGRAM").path("storeVisits").asLong()).isEqualTo(17);
        assertThat(channel(dashboard, "INSTAGRAM").path("status").asString()).isEqualTo("SUCCESS");
        assertThat(channel(dashboard, "INSTAGRAM").path("reach").asLong()).isEqualTo(12_000);
        assertThat(channel(dashboard, "INSTAGRAM").path("cost").asLong()).isEqualTo(50_000);
        assertThat(channel(dashboard, "INSTAGRAM").path("costPerParticipant").asLong())
                .isEqualTo(1_000);
        assertThat(channel(dashboard, "KAKAO_CHANNEL").path("participants").asLong())
                .isEqualTo(30);
        assertThat(channel(dashboard, "KAKAO_CHANNEL")
                        .path("costPerParticipant")
                        .asLong())
                .isEqualTo(1_000);
        assertThat(channel(dashboard, "STORE").path("participants").asLong()).isEqualTo(25);
        assertThat(channel(dashboard, "STORE").path("cost").isNull()).isTrue();
        assertThat(channel(dashboard, "DIRECT").path("participants").asLong()).isEqualTo(15);

        JsonNode days = dashboard.path("timeline");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).path("start").asString()).isEqualTo("2026-11-02T00:00:00+09:00");
        assertThat(days.get(0).path("participants").asLong()).isEqualTo(70);
        assertThat(days.get(0).path("views").asLong()).isEqualTo(300);
        assertThat(days.get(1).path("participants").asLong()).isEqualTo(50);

        JsonNode hours = new Api(port)
                .get("/api/v1/analytics/events/" + eventId + "/dashboard?granularity=HOUR", owner.token())
                .json()
                .path("timeline");
        assertThat(hours.get(0).path("start").asString()).isEqualTo("2026-11-02T09:00:00+09:00");
        long hourly = 0;
        for (JsonNode hour : hours) {
            hourly += hour.path("participants").asLong();
        }
        assertThat(hourly).isEqualTo(120);
    }

    @Test
    void beforeAnyDistributionReportTheCostIsThePlansEstimateAndConversionTheDefault() {
        Owner owner = Owner.any();
        UUID eventId = UUID.randomUUID();
        List<IntegrationEvent> messages = new ArrayList<>();
        messages.add(EventMother.published(eventId, owner, 10_000, EventMother.mediumDrawPlan()));
        for (int i = 0; i < 10; i++) {
            messages.add(EventMother.entry(
                    eventId, owner, UUID.randomUUID(), i + 1, EntryChannel.STORE, OPENED.plusSeconds(i)));
        }
        new Messages(kafka).sendAll(messages);

        JsonNode summary = awaitDashboard(
                        owner,
                        eventId,
                        d -> d.path("summary").path("participants").asLong() == 10)
                .path("summary");

        assertThat(summary.path("costBasis").asString()).isEqualTo("PLAN_ESTIMATE");
        assertThat(summary.path("channelCost").asLong()).isEqualTo(100_000);
        assertThat(summary.path("totalCost").asLong()).isEqualTo(150_000);
        assertThat(summary.path("visitConversionBasis").asString()).isEqualTo("DEFAULT");
        assertThat(summary.path("visitConversion").decimalValue()).isEqualByComparingTo("0.30");
        // 10 participants × 0.30 × 10,000 won
        assertThat(summary.path("expectedRevenue").asLong()).isEqualTo(30_000);
        assertThat(summary.path("roi").decimalValue()).isEqualByComparingTo("-0.8");
        assertThat(summary.path("conversionRate").isNull()).as("no views yet").isTrue();
    }

    private static WinnersDrawn draw(UUID eventId, Owner owner, int number, List<UUID> winners) {
        List<WinnersDrawn.Winner> drawn = new ArrayList<>();
        for (int i = 0; i < winners.size(); i++) {
            drawn.add(new WinnersDrawn.Winner(winners.get(i), i + 1, i + 1, "김*수", "v1:test:cipher"));
        }
        return WinnersDrawn.of(
                UUID.randomUUID(), eventId, owner.storeId(), "카페 봄", "가을 맞이 커피 추첨", "아메리카노", number, drawn);
    }

    private JsonNode awaitDashboard(Owner owner, UUID eventId, Predicate<JsonNode> settled) {
        Api api = new Api(port);
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    Api.Response response =
                            api.get("/api/v1/analytics/events/" + eventId + "/dashboard", owner.token());
                    if (response.status() != 200) {
                        return false;
                    }
                    last[0] = response.json();
                    return settled.test(last[0]);
                });
        return last[0];
    }

    private static JsonNode channel(JsonNode dashboard, String channel) {
        for (JsonNode line : dashboard.path("channels")) {
            if (line.path("channel").asString().equals(channel)) {
                return line;
            }
        }
        throw new AssertionError("no channel " + channel + " in " + dashboard);
    }
}
