package com.kt.eventmarketing.common.messaging;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receiving side of at-least-once delivery: a message's effect and the note that it was
 * processed commit in one database transaction, so a redelivered message (same CloudEvents id) is
 * dropped and effects happen exactly once. Listeners stay thin:
 *
 * <pre>{@code
 * @KafkaListener(topics = EventPublished.TOPIC)
 * void on(ConsumerRecord<String, byte[]> record) {
 *     inbox.receive(record, EventPublished.class, participants::on);
 * }
 * }</pre>
 *
 * A handler that throws rolls the transaction back; the listener's error handler retries with
 * backoff and finally parks the message on the dead-letter topic.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final String consumer;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json, String consumer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.consumer = consumer;
    }

    /**
     * Processes the record once per consumer.
     *
     * @return whether the handler ran ({@code false}: a duplicate, dropped)
     */
    public <T extends IntegrationEvent> boolean receive(
            ConsumerRecord<String, byte[]> record, Class<T> type, Consumer<? super T> handler) {
        T event = read(record, type);
        Boolean handled = transactions.execute(status -> {
            int fresh = jdbc.update(
                    "INSERT INTO processed_messages (consumer, message_id, topic, processed_at)"
                            + " VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING",
                    consumer,
                    event.messageId(),
                    record.topic());
            if (fresh == 0) {
                return false;
            }
            handler.accept(event);
            return true;
        });
        if (!Boolean.TRUE.equals(handled)) {
            log.debug("Dropped duplicate message {} on {}", event.messageId(), record.topic());
        }
        return Boolean.TRUE.equals(handled);
    }

    <T extends IntegrationEvent> T read(ConsumerRecord<String, byte[]> record, Class<T> type) {
        if (record.value() == null) {
            throw new PoisonMessageException("Empty message on " + record.topic(), null);
        }
        T event;
        try {
            event = json.readValue(record.value(), type);
        } catch (JacksonException e) {
            throw new PoisonMessageException("Unreadable " + type.getSimpleName() + " on " + record.topic(), e);
        }
        if (event.messageId() == null) {
            throw new PoisonMessageException("Message without id on " + record.topic(), null);
        }
        Header id = record.headers().lastHeader(CloudEventHeaders.ID);
        if (id != null && !event.messageId().equals(parse(id))) {
            throw new PoisonMessageException("ce_id header and payload messageId differ on " + record.topic(), null);
        }
        return event;
    }

    private static UUID parse(Header header) {
        String value = new String(header.value(), StandardCharsets.UTF_8).replace("\"", "");
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
