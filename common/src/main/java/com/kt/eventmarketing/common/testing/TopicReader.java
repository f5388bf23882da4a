package com.kt.eventmarketing.common.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what really arrived on a topic of the shared embedded Kafka, from its beginning. */
public final class TopicReader {

    private TopicReader() {}

    /**
     * The records with {@code key}: polls until the first arrives (or {@code within} is up), then
     * {@code settle} longer so that a duplicate would be seen too.
     */
    public static List<ConsumerRecord<String, byte[]>> recordsWithKey(
            String topic, String key, Duration within, Duration settle) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                if (!found.isEmpty()) {
                    deadline = Math.min(deadline, System.nanoTime() + settle.toNanos());
                }
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    /** The first record with {@code key}, or {@code null} if none arrives within the time. */
    public static ConsumerRecord<String, byte[]> firstWithKey(String topic, String key, Duration within) {
        List<ConsumerRecord<String, byte[]>> records = recordsWithKey(topic, key, within, Duration.ZERO);
        return records.isEmpty() ? null : records.getFirst();
    }

    /** A header's value as text, or {@code null}. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedEngines.shared().kafka().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
