package com.kt.eventmarketing.ai;

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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Other services' side of the broker: sends integration events as CloudEvents and reads the answers. */
public final class Messages {

    public static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Messages() {}

    /** Sends the event as its producer's outbox would: JSON payload, CloudEvents headers, keyed. */
    public static void send(IntegrationEvent event) {
        TopicWriter.send(event, "event-service");
    }

    /**
     * The payloads on {@code topic} with {@code key}: reads from the start until {@code done} holds for
     * what arrived (or the time is up), then {@code settle} longer to catch late duplicates.
     */
    public static <T> List<T> read(
            String topic, String key, Class<T> type, Predicate<List<T>> done, Duration within, Duration settle) {
        Properties props = new Properties();
        props.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedEngines.shared().kafka().bootstrapServers());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<T> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + within.toNanos();
            boolean settling = false;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(JSON.readValue(record.value(), type));
                    }
                }
                if (!settling && done.test(found)) {
                    settling = true;
                    deadline = Math.min(deadline, System.nanoTime() + settle.toNanos());
                }
            }
        }
        return found;
    }
}
