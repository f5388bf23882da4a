package com.kt.eventmarketing.analytics;

import com.kt.eventmarketing.common.messaging.CloudEventHeaders;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Sends integration events to the embedded broker the way the other services' outboxes do. */
public final class Messages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaTemplate<String, byte[]> kafka;

    public Messages(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    /** Sends without waiting (a burst); {@link #flush()} waits for all. */
    public void send(IntegrationEvent event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(event.topic(), event.key(), JSON.writeValueAsBytes(event));
        CloudEventHeaders.of(event, "test")
                .forEach((name, value) ->
                        record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        kafka.send(record);
    }

    public void sendAll(Iterable<? extends IntegrationEvent> events) {
        events.forEach(this::send);
        flush();
    }

    public void flush() {
        kafka.flush();
    }
}
