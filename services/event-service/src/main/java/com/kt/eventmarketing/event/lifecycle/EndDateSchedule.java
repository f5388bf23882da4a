package com.kt.eventmarketing.event.lifecycle;

import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.shared.EventServiceProperties;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends published events the day after their end date: shortly after start, then every {@code kt.event.auto-end.interval}. */
@Component
class EndDateSchedule {

    private static final Logger log = LoggerFactory.getLogger(EndDateSchedule.class);

    private final EventLifecycle lifecycle;
    private final int batchSize;

    EndDateSchedule(EventLifecycle lifecycle, EventServiceProperties properties) {
        this.lifecycle = lifecycle;
        this.batchSize = properties.autoEnd().batchSize();
    }

    @Scheduled(
            initialDelayString = "${kt.event.auto-end.initial-delay:5s}",
            fixedDelayString = "${kt.event.auto-end.interval:1m}")
    void endDueEvents() {
        try {
            int total = 0;
            List<Event> ended;
            do {
                ended = lifecycle.endDueEvents(batchSize);
                total += ended.size();
            } while (ended.size() == batchSize);
            if (total > 0) {
                log.info("Ended {} events past their end date", total);
            }
        } catch (RuntimeException e) {
            // the next run picks them up: ending is idempotent
            log.warn("Ending events past their end date did not complete: {}", e.toString());
        }
    }
}
