package com.kt.eventmarketing.event.plans.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.event.plans.PlanRecommendations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AiRecommendationListener {

    private final Inbox inbox;
    private final PlanRecommendations plans;

    AiRecommendationListener(Inbox inbox, PlanRecommendations plans) {
        this.inbox = inbox;
        this.plans = plans;
    }

    @KafkaListener(topics = AiRecommendationCompleted.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, AiRecommendationCompleted.class, plans::on);
    }
}
