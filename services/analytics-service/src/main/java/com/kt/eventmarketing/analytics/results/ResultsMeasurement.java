package com.kt.eventmarketing.analytics.results;

import com.kt.eventmarketing.analytics.AnalyticsProperties;
import com.kt.eventmarketing.analytics.dashboard.Dashboards;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Summary;
import com.kt.eventmarketing.contracts.analytics.EventResultsMeasured;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the final figures of ended events ({@link EventResultsMeasured}, through the outbox) once
 * {@code kt.analytics.results-delay} has passed since the end, so that late messages land first, and
 * again whenever later messages change the figures. Several instances share the work: an event is
 * claimed with a row lock, others skip it.
 */
@Service
public class ResultsMeasurement {

    private static final Logger log = LoggerFactory.getLogger(ResultsMeasurement.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Dashboards dashboards;
    private final ApplicationEventPublisher events;
    private final AnalyticsProperties properties;
    private final Clock clock;

    ResultsMeasurement(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Dashboards dashboards,
            ApplicationEventPublisher events,
            AnalyticsProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dashboards = dashboards;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${kt.analytics.results-check-interval:PT30S}",
            fixedDelayString = "${kt.analytics.results-check-interval:PT30S}")
    void sendDueResults() {
        try {
            int sent = sendDue();
            if (sent > 0) {
                log.info("Sent the measured results of {} ended events", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Sending measured results did not complete: {}", e.toString());
        }
    }

    /** Sends the results of every ended event that is due and changed since the last sending; how many. */
    public int sendDue() {
        Instant endedBefore = clock.instant().minus(properties.resultsDelay());
        List<UUID> due = jdbc.sql("""
                        SELECT event_id FROM event_stats
                        WHERE ended_at IS NOT NULL AND ended_at <= :before AND published_at IS NOT NULL
                          AND (results_version IS NULL OR results_version <> version)
                        ORDER BY ended_at LIMIT 100""")
                .param("before", Timestamp.from(endedBefore))
                .query(UUID.class)
                .list();
        int sent = 0;
        for (UUID eventId : due) {
            if (Boolean.TRUE.equals(transactions.execute(status -> send(eventId)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(UUID eventId) {
        Optional<Long> version = jdbc.sql(
                        "SELECT version FROM event_stats WHERE event_id = :event FOR UPDATE SKIP LOCKED")
                .param("event", eventId)
                .query(Long.class)
                .optional();
        if (version.isEmpty()) {
            return false; // another instance is on it, or a message is changing it right now
        }
        EventDashboard dashboard = dashboards.current(eventId).orElseThrow();
        Summary figures = dashboard.summary();
        String fingerprint = String.join(
                ":",
                String.valueOf(figures.views()),
                String.valueOf(figures.participants()),
                String.valueOf(figures.storeVisits()),
                String.valueOf(figures.totalCost()),
                String.valueOf(figures.expectedRevenue()));
        boolean changed = jdbc.sql("""
                        UPDATE event_stats SET results_version = version, results_fingerprint = :fingerprint,
                                               results_sent_at = now()
                        WHERE event_id = :event AND results_fingerprint IS DISTINCT FROM :fingerprint""")
                        .param("fingerprint", fingerprint)
                        .param("event", eventId)
                        .update()
                > 0;
        if (!changed) {
            // the figures are what was sent already (e.g. a view of a page after the end changed nothing else)
            jdbc.sql("UPDATE event_stats SET results_version = version WHERE event_id = :event")
                    .param("event", eventId)
                    .update();
            return false;
        }
        events.publishEvent(EventResultsMeasured.of(
                eventId,
                dashboard.storeId(),
                figures.views(),
                figures.participants(),
                figures.storeVisits(),
                figures.totalCost(),
                figures.expectedRevenue()));
        return true;
    }
}
