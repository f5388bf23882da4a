package com.kt.eventmarketing.distribution.fanout.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.distribution.fanout.DistributionManagement;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An event went live: distribute it to its channels. */
@Component
class EventPublishedListener {

    private final Inbox inbox;
    private final DistributionManagement distributions;

    EventPublishedListener(Inbox inbox, DistributionManagement distributions) {
        this.inbox = inbox;
        this.distributions = distributions;
    }

    @KafkaListener(topics = EventPublished.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventPublished.class, distributions::on);
    }
}
