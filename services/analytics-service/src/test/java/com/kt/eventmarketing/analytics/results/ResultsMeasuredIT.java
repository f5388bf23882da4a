package com.kt.eventmarketing.analytics.results;

import static com.kt.eventmarketing.analytics.EventMother.OPENED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.analytics.AnalyticsServiceTest;
import com.kt.eventmarketing.analytics.EventMother;
import com.kt.eventmarketing.analytics.EventMother.Owner;
import com.kt.eventmarketing.analytics.Messages;
import com.kt.eventmarketing.common.testing.TopicReader;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.analytics.EventResultsMeasured;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An ended event's final figures go out once the settle delay passed, and again when late messages change them. */
@AnalyticsServiceTest
class ResultsMeasuredIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sendsTheFinalFiguresOnceAndAgainWhenALateEntryChangesThem() {
        Owner owner = Owner.any();
        UUID eventId = UUID.randomUUID();
        List<UUID> people = new ArrayList<>();
        List<IntegrationEvent> messages = new ArrayList<>();
        messages.add(EventMother.published(eventId, owner, 8_000, EventMother.mediumDrawPlan()));
        for (int i = 0; i < 5; i++) {
            UUID person = UUID.randomUUID();
            people.add(person);
            messages.add(EventMother.entry(eventId, owner, person, i + 1, EntryChannel.STORE, OPENED.plusSeconds(i)));
        }
        messages.add(EventMother.visit(eventId, owner, people.get(0), true, OPENED.plusSeconds(3_600)));
        messages.add(EventMother.visit(eventId, owner, people.get(1), true, OPENED.plusSeconds(3_600)));
        Messages sender = new Messages(kafka);
        sender.sendAll(messages);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM event_stats WHERE event_id = ? AND participants = 5 AND store_visits = 2"
                                        + " AND published_at IS NOT NULL",
                                Integer.class,
                                eventId)
                        == 1);
        sender.sendAll(List.of(EventEnded.of(eventId, owner.userId(), owner.storeId(), EventEnded.END_DATE)));

        List<ConsumerRecord<String, byte[]>> first = TopicReader.recordsWithKey(
                EventResultsMeasured.TOPIC, eventId.toString(), Duration.ofSeconds(30), Duration.ofSeconds(3));

        assertThat(first).hasSize(1);
        JsonNode results = JSON.readTree(first.getFirst().value());
        assertThat(results.path("storeId").asString()).isEqualTo(owner.storeId().toString());
        assertThat(results.path("participants").asLong()).isEqualTo(5);
        assertThat(results.path("storeVisits").asLong()).isEqualTo(2);
        assertThat(results.path("totalCost").asLong()).isEqualTo(150_000);
        assertThat(results.path("expectedRevenue").asLong()).isEqualTo(16_000);
        assertThat(TopicReader.header(first.getFirst(), "ce_source")).isEqualTo("/analytics-service");

        sender.sendAll(List.of(EventMother.entry(eventId, owner, UUID.randomUUID(), 6, EntryChannel.STORE, OPENED)));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TopicReader.recordsWithKey(
                                        EventResultsMeasured.TOPIC,
                                        eventId.toString(),
                                        Duration.ofSeconds(5),
                                        Duration.ZERO)
                                .size()
                        == 2);
        List<ConsumerRecord<String, byte[]>> all = TopicReader.recordsWithKey(
                EventResultsMeasured.TOPIC, eventId.toString(), Duration.ofSeconds(10), Duration.ofSeconds(3));
        assertThat(all).hasSize(2);
        JsonNode latest = JSON.readTree(all.getLast().value());
        assertThat(latest.path("participants").asLong()).isEqualTo(6);
        assertThat(latest.path("messageId").asString())
                .isNotEqualTo(results.path("messageId").asString());
    }
}
