package com.kt.eventmarketing.common.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Housekeeping of the transactional outbox and the inbox. Publications whose send failed (broker
 * away at commit time) are sent again once they are older than {@code minAge}; only FAILED ones,
 * never those still in flight, so a send buffered in the producer is not duplicated. Processed
 * message ids are forgotten after the retention, long after any redelivery could arrive.
 */
class OutboxResubmitter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final FailedEventPublications failed;
    private final JdbcTemplate jdbc;
    private final MessagingProperties properties;
    private ScheduledExecutorService scheduler;

    OutboxResubmitter(FailedEventPublications failed, JdbcTemplate jdbc, MessagingProperties properties) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void resubmitFailed() {
        try {
            failed.resubmit(ResubmissionOptions.defaults()
                    .withMinAge(properties.getResubmitMinAge())
                    .withBatchSize(properties.getResubmitBatchSize()));
        } catch (RuntimeException e) {
            log.warn("Resubmitting failed event publications did not complete: {}", e.toString());
        }
    }

    void forgetOldProcessedMessages() {
        try {
            jdbc.update("DELETE FROM processed_messages WHERE processed_at < now() - make_interval(secs => ?)", (double)
                    properties.getProcessedRetention().toSeconds());
        } catch (RuntimeException e) {
            log.warn("Pruning processed message ids did not complete: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("outbox-housekeeping").daemon(true).factory());
        long every = properties.getResubmitInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::resubmitFailed, every, every, TimeUnit.MILLISECONDS);
        long hourly = Duration.ofHours(1).toMillis();
        scheduler.scheduleWithFixedDelay(this::forgetOldProcessedMessages, hourly, hourly, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
