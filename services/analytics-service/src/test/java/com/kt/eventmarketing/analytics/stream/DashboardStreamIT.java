package com.kt.eventmarketing.analytics.stream;

import static com.kt.eventmarketing.analytics.EventMother.OPENED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.analytics.AnalyticsServiceTest;
import com.kt.eventmarketing.analytics.Api;
import com.kt.eventmarketing.analytics.EventMother;
import com.kt.eventmarketing.analytics.EventMother.Owner;
import com.kt.eventmarketing.analytics.EventStream;
import com.kt.eventmarketing.analytics.Messages;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** The live dashboard: a snapshot, then an update within 2 s of an entry; bursts coalesced; heartbeats. */
@AnalyticsServiceTest
class DashboardStreamIT {

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    DashboardStreams streams;

    @Test
    void pushesAnUpdateWithinTwoSecondsOfAnEntry() throws InterruptedException {
        Owner owner = Owner.any();
        UUID eventId = UUID.randomUUID();
        Messages messages = new Messages(kafka);
        messages.sendAll(List.of(EventMother.published(eventId, owner, 8_000, EventMother.mediumDrawPlan())));
        awaitKnown(owner, eventId);

        try (EventStream stream = new Api(port).stream(streamPath(eventId), owner.token())) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/event-stream");
            EventStream.Event snapshot = stream.next(Duration.ofSeconds(10));
            assertThat(snapshot.name()).isEqualTo("dashboard");
            assertThat(snapshot.data().path("summary").path("participants").asLong())
                    .isZero();
            await().until(() -> streams.subscribers(eventId) == 1);

            messages.sendAll(
                    List.of(EventMother.entry(eventId, owner, UUID.randomUUID(), 1, EntryChannel.STORE, OPENED)));

            // a push already due for an earlier change (the publication) may come first: the entry's
            // update must arrive within 2 s of the entry all the same
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            EventStream.Event update = null;
            while (update == null
                    || update.data().path("summary").path("participants").asLong() != 1) {
                long left = deadline - System.nanoTime();
                assertThat(left).as("an update within 2 s of the entry").isPositive();
                update = stream.next(Duration.ofNanos(left));
                assertThat(update).as("an update within 2 s of the entry").isNotNull();
            }
            assertThat(channel(update, "STORE")).isEqualTo(1);
        }
        // a closed stream is noticed at the latest by the next heartbeat
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.subscribers(eventId) == 0);
    }

    @Test
    void coalescesABurstIntoAFewPushesAndSendsHeartbeats() throws InterruptedException {
        Owner owner = Owner.any();
        UUID eventId = UUID.randomUUID();
        Messages messages = new Messages(kafka);
        messages.sendAll(List.of(EventMother.published(eventId, owner, 8_000, EventMother.mediumDrawPlan())));
        awaitKnown(owner, eventId);

        try (EventStream stream = new Api(port).stream(streamPath(eventId), owner.token())) {
            assertThat(stream.next(Duration.ofSeconds(10))).isNotNull();
            List<IntegrationEvent> burst = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                burst.add(EventMother.entry(eventId, owner, UUID.randomUUID(), i + 1, EntryChannel.INSTAGRAM, OPENED));
            }
            messages.sendAll(burst);

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !stream.received().isEmpty()
                            && stream.received()
                                            .getLast()
                                            .data()
                                            .path("summary")
                                            .path("participants")
                                            .asLong()
                                    == 300);
            // one snapshot plus far fewer pushes than entries
            assertThat(stream.received().size()).isLessThan(30);
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.comments() > 0);
        }
    }

    private void awaitKnown(Owner owner, UUID eventId) {
        Api api = new Api(port);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/analytics/events/" + eventId + "/dashboard", owner.token())
                                .status()
                        == 200);
    }

    private static String streamPath(UUID eventId) {
        return "/api/v1/analytics/events/" + eventId + "/stream";
    }

    private static long channel(EventStream.Event event, String channel) {
        for (JsonNode line : event.data().path("channels")) {
            if (line.path("channel").asString().equals(channel)) {
                return line.path("participants").asLong();
            }
        }
        return -1;
    }
}
