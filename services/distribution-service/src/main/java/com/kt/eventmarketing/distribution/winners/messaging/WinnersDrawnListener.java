package com.kt.eventmarketing.distribution.winners.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.distribution.winners.WinnerNotifications;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Winners were drawn: tell each of them by SMS. */
@Component
class WinnersDrawnListener {

    private final Inbox inbox;
    private final WinnerNotifications notifications;

    WinnersDrawnListener(Inbox inbox, WinnerNotifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @KafkaListener(topics = WinnersDrawn.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, WinnersDrawn.class, notifications::on);
    }
}
