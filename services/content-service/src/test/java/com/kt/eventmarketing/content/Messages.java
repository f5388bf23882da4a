package com.kt.eventmarketing.content;

import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.common.testing.TopicWriter;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The broker as the other services see it: send integration events as CloudEvents, read topics. */
public final class Messages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Messages() {}

    /** Sends the event as the event service's outbox would: JSON payload, CloudEvents headers. */
    public static void send(IntegrationEvent event) {
        TopicWriter.send(event, "event-service");
    }

    /**
     * The payloads on a topic with the key, read from the start until {@code until} holds for the
     * list (or the time is up), then for {@code settle} longer to catch anything extra.
     */
    public static List<JsonNode> read(
            String topic, String key, Predicate<List<JsonNode>> until, Duration within, Duration settle) {
        Properties props = new Properties();
        props.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedEngines.shared().kafka().bootstrapServers());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<JsonNode> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            // assigned, not subscribed: no consumer group to join, reading starts at once
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + within.toNanos();
            boolean settling = false;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(JSON.readTree(record.value()));
                    }
                }
                if (!settling && until.test(found)) {
                    settling = true;
                    deadline = Math.min(deadline, System.nanoTime() + settle.toNanos());
                }
            }
        }
        return found;
    }
}
