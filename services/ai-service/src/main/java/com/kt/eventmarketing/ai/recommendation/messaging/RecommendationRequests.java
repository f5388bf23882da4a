package com.kt.eventmarketing.ai.recommendation.messaging;

import com.kt.eventmarketing.ai.recommendation.RecommendationJobs;
import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Owners' requests for plans, once per message. */
@Component
class RecommendationRequests {

    private final Inbox inbox;
    private final RecommendationJobs jobs;

    RecommendationRequests(Inbox inbox, RecommendationJobs jobs) {
        this.inbox = inbox;
        this.jobs = jobs;
    }

    @KafkaListener(topics = AiRecommendationRequested.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, AiRecommendationRequested.class, jobs::on);
    }
}
