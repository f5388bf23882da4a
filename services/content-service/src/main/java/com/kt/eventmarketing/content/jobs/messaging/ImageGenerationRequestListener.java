package com.kt.eventmarketing.content.jobs.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.content.jobs.ImageJobs;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The event service's image requests, once each (the Inbox drops redeliveries). */
@Component
class ImageGenerationRequestListener {

    private final Inbox inbox;
    private final ImageJobs jobs;

    ImageGenerationRequestListener(Inbox inbox, ImageJobs jobs) {
        this.inbox = inbox;
        this.jobs = jobs;
    }

    @KafkaListener(topics = ImageGenerationRequested.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ImageGenerationRequested.class, jobs::on);
    }
}
