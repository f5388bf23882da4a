package com.kt.eventmarketing.participation.events.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.participation.events.EventCatalog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Published and ended events keep the catalogue current. */
@Component
class EventListeners {

    private final Inbox inbox;
    private final EventCatalog catalog;

    EventListeners(Inbox inbox, EventCatalog catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
    }

    @KafkaListener(topics = EventPublished.TOPIC)
    void onPublished(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventPublished.class, catalog::on);
    }

    @KafkaListener(topics = EventEnded.TOPIC)
    void onEnded(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventEnded.class, catalog::on);
    }
}
