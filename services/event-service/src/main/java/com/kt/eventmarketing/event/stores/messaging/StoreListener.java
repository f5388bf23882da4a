package com.kt.eventmarketing.event.stores.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import com.kt.eventmarketing.event.stores.StoreDirectory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the store projection current from the user service's announcements. */
@Component
class StoreListener {

    private final Inbox inbox;
    private final StoreDirectory stores;

    StoreListener(Inbox inbox, StoreDirectory stores) {
        this.inbox = inbox;
        this.stores = stores;
    }

    @KafkaListener(topics = UserRegistered.TOPIC)
    void onUserRegistered(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, UserRegistered.class, stores::on);
    }

    @KafkaListener(topics = StoreUpdated.TOPIC)
    void onStoreUpdated(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, StoreUpdated.class, stores::on);
    }
}
