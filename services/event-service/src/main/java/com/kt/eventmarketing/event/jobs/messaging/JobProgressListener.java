package com.kt.eventmarketing.event.jobs.messaging;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.event.jobs.JobTracking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class JobProgressListener {

    private final Inbox inbox;
    private final JobTracking jobs;

    JobProgressListener(Inbox inbox, JobTracking jobs) {
        this.inbox = inbox;
        this.jobs = jobs;
    }

    @KafkaListener(topics = JobProgressed.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, JobProgressed.class, jobs::on);
    }
}
