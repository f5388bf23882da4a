package com.kt.eventmarketing.participation.events;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.draw.domain.MasterSeed;
import com.kt.eventmarketing.participation.events.domain.EventWindow.Openness;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The events this service takes entries for: kept current from the event service's messages. */
@Service
public class EventCatalog {

    private static final int MAX_RECENT = 10_000;

    private final Events events;
    private final Clock clock;
    private final ZoneId zone;
    private final long cacheTtlNanos;
    private final Map<UUID, Recent> recent = new ConcurrentHashMap<>();

    EventCatalog(Events events, Clock clock, ParticipationProperties properties) {
        this.events = events;
        this.clock = clock;
        this.zone = properties.zone();
        this.cacheTtlNanos = properties.eventCacheTtl().toNanos();
    }

    /** Runs inside the inbox's transaction. The master seed is generated here, once per event. */
    public void on(EventPublished event) {
        events.publish(event, MasterSeed.generate(), clock.instant());
        forget(event.eventId());
    }

    /** Runs inside the inbox's transaction; may come before the EventPublished it follows. */
    public void on(EventEnded event) {
        events.end(event);
        forget(event.eventId());
    }

    public Optional<ListedEvent> find(UUID eventId) {
        return events.find(eventId);
    }

    /** The owner's published event, or 404 (another store's event looks the same as none). */
    public ListedEvent ownedBy(UUID eventId, UUID storeId) {
        return events.find(eventId)
                .filter(e -> e.ownedBy(storeId))
                .orElseThrow(() -> ProblemException.notFound("Event", eventId));
    }

    /** Locks the owner's event for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ListedEvent lockOwnedBy(UUID eventId, UUID storeId) {
        return events.lock(eventId)
                .filter(e -> e.ownedBy(storeId))
                .orElseThrow(() -> ProblemException.notFound("Event", eventId));
    }

    /** The secret master seed; only draws reveal it (every draw reveals it, with its own derived seed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public MasterSeed masterSeed(UUID eventId) {
        return events.masterSeed(eventId).orElseThrow(() -> new IllegalStateException("Event without a seed"));
    }

    /** An event that has been published (open, not yet open, closed or ended), or 404. */
    public ListedEvent published(UUID eventId) {
        ListedEvent event = events.find(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        if (!event.published() && event.window().on(today()) != Openness.ENDED) {
            throw ProblemException.notFound("Event", eventId);
        }
        return event;
    }

    /** An event open for entries today, or 404 unknown / 410 not open (Korean message). */
    public ListedEvent open(UUID eventId) {
        return open(eventId, events.find(eventId));
    }

    /**
     * {@link #open} for entries, which ask it on every request: the event as read at most {@code
     * kt.participation.event-cache-ttl} ago (an event ended or published by a message this process
     * handled is read afresh). The dates are checked against today on every call.
     */
    public ListedEvent openForEntries(UUID eventId) {
        long now = System.nanoTime();
        Recent recent = this.recent.get(eventId);
        if (recent == null || now - recent.readAt() > cacheTtlNanos) {
            if (this.recent.size() >= MAX_RECENT) {
                this.recent.clear(); // unknown ids from a script must not grow it without bound
            }
            recent = new Recent(events.find(eventId), now);
            this.recent.put(eventId, recent);
        }
        return open(eventId, recent.event());
    }

    private record Recent(Optional<ListedEvent> event, long readAt) {}

    private void forget(UUID eventId) {
        recent.remove(eventId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    recent.remove(eventId);
                }
            });
        }
    }

    private ListedEvent open(UUID eventId, Optional<ListedEvent> found) {
        ListedEvent event = found.orElseThrow(() -> ProblemException.notFound("Event", eventId));
        Openness openness = event.window().on(today());
        if (!event.published() && openness != Openness.ENDED) {
            throw ProblemException.notFound("Event", eventId);
        }
        return switch (openness) {
            case OPEN -> event;
            case NOT_STARTED ->
                throw ProblemException.gone(
                        "event-not-started", "아직 시작하지 않은 이벤트입니다. " + event.startDate() + "부터 참여할 수 있습니다.");
            case CLOSED -> throw ProblemException.gone("event-closed", "참여 기간이 끝난 이벤트입니다.");
            case ENDED -> throw ProblemException.gone("event-ended", "종료된 이벤트입니다.");
        };
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
