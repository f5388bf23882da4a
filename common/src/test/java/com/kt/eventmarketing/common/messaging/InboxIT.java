package com.kt.eventmarketing.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.testing.TopicReader;
import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.Topics;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The consumer side on the real broker: duplicates dropped, retries with backoff, dead letters. */
@SpringBootTest(
        classes = InboxIT.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.application.name=inbox-test",
            "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/inboxtest",
            "kt.messaging.retries=3"
        })
@UseEmbeddedEngines(database = "common_inbox_test")
class InboxIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Listener listener;

    @Test
    void aRedeliveredMessageTakesEffectOnce() {
        UserRegistered event = registered("카페 하나");

        send(event);
        send(event);
        send(event);

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.deliveries(event) == 3);
        assertThat(effects(event)).isEqualTo(1);
        assertThat(listener.attempts(event)).isEqualTo(1);
    }

    @Test
    void aFailingHandlerIsRetriedUntilItSucceedsWithoutDoubleEffects() {
        UserRegistered event = registered("fail-twice");

        send(event);

        await().atMost(Duration.ofSeconds(20)).until(() -> effects(event) == 1);
        assertThat(listener.attempts(event)).isEqualTo(3);
    }

    @Test
    void aMessageThatKeepsFailingIsParkedOnTheDeadLetterTopic() {
        UserRegistered event = registered("always-fail");

        send(event);

        ConsumerRecord<String, byte[]> parked = deadLetterWithKey(event.key());
        assertThat(parked).isNotNull();
        assertThat(JSON.readTree(parked.value()).path("messageId").asString())
                .isEqualTo(event.messageId().toString());
        assertThat(listener.attempts(event)).isEqualTo(4); // first attempt + 3 retries
        assertThat(effects(event)).isZero();
    }

    @Test
    void anUnreadableMessageGoesStraightToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        kafka.send(new ProducerRecord<>(UserRegistered.TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8)));

        ConsumerRecord<String, byte[]> parked = deadLetterWithKey(key);

        assertThat(parked).isNotNull();
        assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    }

    private static UserRegistered registered(String storeName) {
        return UserRegistered.of(
                UUID.randomUUID(),
                new StoreSnapshot(UUID.randomUUID(), storeName, "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8000));
    }

    private void send(UserRegistered event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(event.topic(), event.key(), JSON.writeValueAsBytes(event));
        CloudEventHeaders.of(event, "test")
                .forEach((name, value) ->
                        record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        kafka.send(record).join();
    }

    private int effects(UserRegistered event) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM effects WHERE message_id = ?", Integer.class, event.messageId());
    }

    private static ConsumerRecord<String, byte[]> deadLetterWithKey(String key) {
        return TopicReader.firstWithKey(Topics.deadLetter(UserRegistered.TOPIC), key, Duration.ofSeconds(30));
    }

    static class Listener {

        private final Inbox inbox;
        private final JdbcTemplate jdbc;
        private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

        Listener(Inbox inbox, JdbcTemplate jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = UserRegistered.TOPIC)
        void on(ConsumerRecord<String, byte[]> record) {
            deliveries
                    .computeIfAbsent(String.valueOf(record.key()), key -> new AtomicInteger())
                    .incrementAndGet();
            inbox.receive(record, UserRegistered.class, this::apply);
        }

        private void apply(UserRegistered event) {
            int attempt = attempts.computeIfAbsent(event.messageId(), id -> new AtomicInteger())
                    .incrementAndGet();
            jdbc.update(
                    "INSERT INTO effects (message_id, store_name) VALUES (?, ?)",
                    event.messageId(),
                    event.store().storeName());
            if (event.store().storeName().equals("always-fail")
                    || (event.store().storeName().equals("fail-twice") && attempt <= 2)) {
                throw new IllegalStateException("handler failed on attempt " + attempt);
            }
        }

        int deliveries(UserRegistered event) {
            AtomicInteger count = deliveries.get(event.key());
            return count == null ? 0 : count.get();
        }

        int attempts(UserRegistered event) {
            AtomicInteger count = attempts.get(event.messageId());
            return count == null ? 0 : count.get();
        }
    }

    @SpringBootApplication
    static class App {

        @Bean
        Listener listener(Inbox inbox, JdbcTemplate jdbc) {
            return new Listener(inbox, jdbc);
        }
    }
}
