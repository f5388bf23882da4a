package com.kt.eventmarketing.event.images.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.event.images.PromotionalImages;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ImagesGeneratedListener {

    private final Inbox inbox;
    private final PromotionalImages images;

    ImagesGeneratedListener(Inbox inbox, PromotionalImages images) {
        this.inbox = inbox;
        this.images = images;
    }

    @KafkaListener(topics = ImagesGenerated.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ImagesGenerated.class, images::on);
    }
}
