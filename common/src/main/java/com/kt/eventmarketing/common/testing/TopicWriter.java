package com.kt.eventmarketing.common.testing;

import com.kt.eventmarketing.common.messaging.CloudEventHeaders;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Sends integration events to the shared embedded Kafka the way another service's outbox would. */
public final class TopicWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopicWriter() {}

    /** JSON payload, CloudEvents headers with {@code source}, keyed by the event's aggregate id. */
    public static void send(IntegrationEvent event, String source) {
        Properties props = new Properties();
        props.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedEngines.shared().kafka().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(event.topic(), event.key(), JSON.writeValueAsBytes(event));
            CloudEventHeaders.of(event, source)
                    .forEach((name, value) ->
                            record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted sending " + event, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + event, e);
        }
    }
}
