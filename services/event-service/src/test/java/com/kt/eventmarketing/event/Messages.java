package com.kt.eventmarketing.event;

import com.kt.eventmarketing.common.messaging.CloudEventHeaders;
import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other services, as far as the event service hears and tells them: sends their messages as CloudEvents the
 * way their outbox does, and reads what the event service sent.
 */
public final class Messages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KafkaProducer<String, byte[]> producer;

    private Messages() {}

    /** Sends the message as the service {@code source} would (same payload and headers). */
    public static void send(IntegrationEvent message, String source) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(message.topic(), message.key(), JSON.writeValueAsBytes(message));
        CloudEventHeaders.of(message, source)
                .forEach((name, value) ->
                        record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + message, e);
        }
    }

    /**
     * Sends the message and waits until the event service has processed it (its id is in the inbox, which commits
     * with the effect). Messages of one event share a partition, so everything sent before on that topic for the
     * event has been processed too.
     */
    public static void deliver(IntegrationEvent message, String source, JdbcTemplate jdbc) {
        send(message, source);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM processed_messages WHERE consumer = 'event-service'"
                                        + " AND message_id = ?",
                                Integer.class,
                                message.messageId())
                        == 1);
    }

    /**
     * The payloads sent on the topic with the key, waiting up to {@code within} for at least {@code atLeast}, then
     * {@code settle} longer to catch any more (duplicates).
     */
    public static List<Received> await(String topic, String key, int atLeast, Duration within, Duration settle) {
        List<Received> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + within.toNanos();
            boolean settling = false;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (key.equals(record.key())) {
                        found.add(new Received(record, JSON.readTree(record.value())));
                    }
                }
                if (!settling && found.size() >= atLeast) {
                    settling = true;
                    deadline = System.nanoTime() + settle.toNanos();
                }
            }
        }
        return found;
    }

    /** The one message on the topic with the key (waits up to 20 s), after a short settle for duplicates. */
    public static List<Received> await(String topic, String key) {
        return await(topic, key, 1, Duration.ofSeconds(20), Duration.ofMillis(300));
    }

    public record Received(ConsumerRecord<String, byte[]> record, JsonNode payload) {

        public String header(String name) {
            var header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }

    /** Closes the producer while the broker still runs (see {@link EventServiceTest}). */
    static synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static String bootstrap() {
        return EmbeddedEngines.shared().kafka().bootstrapServers();
    }
}
