package com.kt.eventmarketing.distribution.audience.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.distribution.audience.Audiences;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Marketing consent given or withdrawn at a store: the audience of its SMS and e-mail. */
@Component
class ConsentListener {

    private final Inbox inbox;
    private final Audiences audiences;

    ConsentListener(Inbox inbox, Audiences audiences) {
        this.inbox = inbox;
        this.audiences = audiences;
    }

    @KafkaListener(topics = MarketingConsentChanged.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, MarketingConsentChanged.class, audiences::on);
    }
}
