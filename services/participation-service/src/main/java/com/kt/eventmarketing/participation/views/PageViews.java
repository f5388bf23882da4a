package com.kt.eventmarketing.participation.views;

import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts views of public pages without a database transaction per view: a view is queued in memory
 * and the queue is flushed every {@code kt.participation.view-flush} in one transaction that records
 * an {@link EventViewed} per view in the outbox. Entries never wait behind view traffic. The price:
 * views of the last flush interval are lost if the process dies abruptly (a graceful shutdown
 * flushes); a queue over {@link #MAX_PENDING} drops views rather than memory.
 */
@Service
public class PageViews implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PageViews.class);
    static final int MAX_PENDING = 200_000;
    private static final int BATCH = 5_000;

    private final ConcurrentLinkedQueue<EventViewed> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private volatile boolean running;

    PageViews(ApplicationEventPublisher publisher, TransactionTemplate transactions) {
        this.publisher = publisher;
        this.transactions = transactions;
    }

    public void viewed(UUID eventId, UUID storeId, EntryChannel channel) {
        if (size.incrementAndGet() > MAX_PENDING) {
            size.decrementAndGet();
            log.warn("View queue full: a view of event {} was not counted", eventId);
            return;
        }
        pending.add(EventViewed.of(eventId, storeId, channel));
    }

    @Scheduled(fixedDelayString = "${kt.participation.view-flush:1s}")
    public void flush() {
        while (!pending.isEmpty()) {
            List<EventViewed> batch = new ArrayList<>(Math.min(BATCH, size.get()));
            EventViewed next;
            while (batch.size() < BATCH && (next = pending.poll()) != null) {
                batch.add(next);
            }
            try {
                transactions.executeWithoutResult(status -> batch.forEach(publisher::publishEvent));
                size.addAndGet(-batch.size());
            } catch (RuntimeException e) {
                batch.forEach(pending::add);
                log.warn("Could not record {} views, will retry: {}", batch.size(), e.toString());
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        flush();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops before the web server and the data source go away
        return Integer.MAX_VALUE - 2048;
    }
}
