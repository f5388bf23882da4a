package com.kt.eventmarketing.analytics.projection.messaging;

import com.kt.eventmarketing.analytics.projection.EventProjection;
import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Every message the read models are built from; duplicates are dropped by the inbox. */
@Component
class ProjectionListeners {

    private final Inbox inbox;
    private final EventProjection projection;

    ProjectionListeners(Inbox inbox, EventProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @KafkaListener(topics = EventPublished.TOPIC)
    void onPublished(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventPublished.class, projection::on);
    }

    @KafkaListener(topics = EventEnded.TOPIC)
    void onEnded(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventEnded.class, projection::on);
    }

    @KafkaListener(topics = StoreUpdated.TOPIC)
    void onStoreUpdated(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, StoreUpdated.class, projection::on);
    }

    @KafkaListener(topics = EventViewed.TOPIC, concurrency = "${kt.analytics.listener-concurrency:1}")
    void onViewed(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, EventViewed.class, projection::on);
    }

    @KafkaListener(topics = ParticipantRegistered.TOPIC, concurrency = "${kt.analytics.listener-concurrency:1}")
    void onRegistered(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ParticipantRegistered.class, projection::on);
    }

    @KafkaListener(topics = StoreVisitMarked.TOPIC)
    void onStoreVisit(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, StoreVisitMarked.class, projection::on);
    }

    @KafkaListener(topics = WinnersDrawn.TOPIC)
    void onWinners(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, WinnersDrawn.class, projection::on);
    }

    @KafkaListener(topics = ChannelDistributed.TOPIC)
    void onChannelDistributed(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, ChannelDistributed.class, projection::on);
    }

    @KafkaListener(topics = DistributionCompleted.TOPIC)
    void onDistributionCompleted(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, DistributionCompleted.class, projection::on);
    }
}
