package com.kt.eventmarketing.analytics.stream;

import com.kt.eventmarketing.analytics.AnalyticsProperties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the live dashboards that an event's figures changed. Changes are noted after their
 * transaction commits and gathered: once per {@code kt.analytics.stream.coalesce} each changed event
 * is announced once on Redis pub/sub, which every instance listens to (its stream subscribers may be
 * connected to any of them). A burst of a thousand entries a second thus becomes two pushes a second.
 * Without Redis the announcement goes to this instance's subscribers only.
 */
@Component
public class DashboardChanges {

    private static final Logger log = LoggerFactory.getLogger(DashboardChanges.class);

    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final StringRedisTemplate redis;
    private final DashboardStreams streams;
    private final String channel;

    DashboardChanges(StringRedisTemplate redis, DashboardStreams streams, AnalyticsProperties properties) {
        this.redis = redis;
        this.streams = streams;
        this.channel = properties.stream().channel();
    }

    /** The figures of the event changed (in the current transaction, if any). */
    public void touched(UUID eventId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.add(eventId);
                }
            });
        } else {
            pending.add(eventId);
        }
    }

    @Scheduled(fixedDelayString = "${kt.analytics.stream.coalesce:500ms}")
    void announce() {
        if (pending.isEmpty()) {
            return;
        }
        for (UUID eventId : Set.copyOf(pending)) {
            pending.remove(eventId);
            try {
                redis.convertAndSend(channel, eventId.toString());
            } catch (RuntimeException redisAway) {
                log.debug("Redis unavailable, announcing change of {} locally: {}", eventId, redisAway.toString());
                streams.changed(eventId);
            }
        }
    }
}
