package com.kt.eventmarketing.ai.outcomes.messaging;

import com.kt.eventmarketing.ai.outcomes.EventOutcomes;
import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.analytics.EventResultsMeasured;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Published, ended and measured events feed the platform's record of results. */
@Component
class OutcomeListeners {

    private final Inbox inbox;
    private final EventOutcomes outcomes;

    OutcomeListeners(Inbox inbox, EventOutcomes outcomes) {
        this.inbox = inbox;
        this.outcomes = outcomes;
    }

    @KafkaListener(topics = EventPublished.TOPIC)
    void onPublished(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventPublished.class, outcomes::on);
    }

    @KafkaListener(topics = EventEnded.TOPIC)
    void onEnded(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventEnded.class, outcomes::on);
    }

    @KafkaListener(topics = EventResultsMeasured.TOPIC)
    void onResults(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventResultsMeasured.class, outcomes::on);
    }
}
