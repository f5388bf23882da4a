package com.kt.eventmarketing.analytics.rebuild;

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
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A rebuild from the beginning of the topics gives the same figures, and the live projection carries on. */
@AnalyticsServiceTest
class RebuildIT {

    // every read-model column but the bookkeeping of changes (version) and of results sent
    private static final List<String> SNAPSHOT = List.of(
            """
            SELECT event_id, store_id, user_id, event_name, objective, start_date, end_date, channels, average_spend,
                   published_at, has_plan, plan_promotion_type, plan_expected_participants, plan_expected_cost,
                   plan_expected_revenue, plan_expected_roi, plan_prize_cost, ended_at, end_reason, views, participants,
                   store_visits, marketing_consents, winners, draws, distribution_completed_at, results_fingerprint
            FROM event_stats ORDER BY event_id""",
            "SELECT * FROM channel_stats ORDER BY event_id, channel",
            "SELECT * FROM timeline_buckets ORDER BY event_id, bucket_start",
            "SELECT * FROM participants ORDER BY event_id, participant_id",
            "SELECT * FROM winners ORDER BY event_id, participant_id",
            "SELECT * FROM stores ORDER BY store_id");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuildFromTheTopicsGivesIdenticalFiguresAndCountsOnLiveWithoutDoubles() {
        Owner owner = Owner.any();
        UUID eventId = UUID.randomUUID();
        List<UUID> people = new ArrayList<>();
        List<IntegrationEvent> messages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID person = UUID.randomUUID();
            people.add(person);
            EntryChannel channel = EntryChannel.values()[i % EntryChannel.values().length];
            ParticipantRegistered entry =
                    EventMother.entry(eventId, owner, person, i + 1, channel, OPENED.plus(Duration.ofHours(i)));
            messages.add(entry);
            if (i % 7 == 0) {
                messages.add(entry); // a redelivery
            }
            if (i % 3 == 0) {
                messages.add(EventMother.visit(eventId, owner, person, true, OPENED.plus(Duration.ofDays(3))));
            }
            messages.add(EventMother.view(eventId, owner, channel, OPENED.plus(Duration.ofHours(i))));
        }
        messages.add(EventMother.visit(eventId, owner, people.get(3), false, OPENED.plus(Duration.ofDays(4))));
        messages.add(EventMother.distributed(
                eventId, owner, Channel.INSTAGRAM, DistributionStatus.SUCCESS, 1, 9_000, 45_000, OPENED));
        messages.add(EventMother.distributed(
                eventId, owner, Channel.KAKAO_CHANNEL, DistributionStatus.FAILED, 3, 0, 0, OPENED));
        messages.add(EventMother.storeUpdated(owner, 12_000, OPENED.plus(Duration.ofDays(2))));
        Collections.shuffle(messages, new Random(7));
        messages.add(EventMother.published(eventId, owner, 8_000, EventMother.mediumDrawPlan()));
        Messages sender = new Messages(kafka);
        sender.sendAll(messages);

        Api api = new Api(port);
        String dashboardPath = "/api/v1/analytics/events/" + eventId + "/dashboard?granularity=HOUR";
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode summary = api.get(dashboardPath, owner.token()).json().path("summary");
            return summary.path("participants").asLong() == 60
                    && summary.path("storeVisits").asLong() == 19
                    && summary.path("views").asLong() == 60
                    && summary.path("averageSpend").asLong() == 12_000
                    && summary.path("channelCost").asLong() == 45_000;
        });
        JsonNode before = withoutTime(api.get(dashboardPath, owner.token()).json());
        List<List<Map<String, Object>>> tablesBefore = snapshot();

        Api.Response rebuilt = api.post("/actuator/readmodels", null, owner.token());

        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().path("replayed").asLong()).isGreaterThanOrEqualTo(messages.size());
        assertThat(rebuilt.json().path("applied").asLong())
                .isLessThan(rebuilt.json().path("replayed").asLong());
        assertThat(withoutTime(api.get(dashboardPath, owner.token()).json())).isEqualTo(before);
        assertThat(snapshot()).isEqualTo(tablesBefore);

        // live again: an old message is still a duplicate, a new entry counts once
        sender.sendAll(List.of(
                messages.getFirst(),
                EventMother.entry(eventId, owner, UUID.randomUUID(), 61, EntryChannel.SMS, OPENED)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(dashboardPath, owner.token())
                                .json()
                                .path("summary")
                                .path("participants")
                                .asLong()
                        == 61);
        assertThat(api.get(dashboardPath, owner.token())
                        .json()
                        .path("summary")
                        .path("views")
                        .asLong())
                .isEqualTo(60);
    }

    private List<List<Map<String, Object>>> snapshot() {
        return SNAPSHOT.stream().map(jdbc::queryForList).toList();
    }

    private static JsonNode withoutTime(JsonNode dashboard) {
        ((ObjectNode) dashboard).remove("asOf");
        return dashboard;
    }
}
