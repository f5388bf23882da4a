package com.kt.eventmarketing.event.lifecycle;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.lifecycle.domain.EventContent;
import com.kt.eventmarketing.event.lifecycle.domain.EventStatus;
import com.kt.eventmarketing.event.lifecycle.domain.Transition;
import com.kt.eventmarketing.event.shared.EventServiceProperties;
import com.kt.eventmarketing.event.stores.StoreDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a store's events: create, read, edit, delete, choose channels, publish and end — by the owner, or by
 * the calendar at the end date. Every state change and the integration event announcing it commit together (outbox);
 * the draft cache is evicted once they have.
 *
 * <p>The plans and images features change drafts through {@link #lockDraft} and {@link #save} inside their own
 * transactions, so every change of one event is serialized by its row lock.
 */
@Service
public class EventLifecycle {

    private final Events events;
    private final DraftCache drafts;
    private final CreationSessions sessions;
    private final StoreDirectory stores;
    private final SelectedPlans selectedPlans;
    private final ApplicationEventPublisher messages;
    private final Clock clock;
    private final ZoneId zone;
    private final int maxPageSize;

    EventLifecycle(
            Events events,
            DraftCache drafts,
            CreationSessions sessions,
            StoreDirectory stores,
            SelectedPlans selectedPlans,
            ApplicationEventPublisher messages,
            Clock clock,
            EventServiceProperties properties) {
        this.events = events;
        this.drafts = drafts;
        this.sessions = sessions;
        this.stores = stores;
        this.selectedPlans = selectedPlans;
        this.messages = messages;
        this.clock = clock;
        this.zone = properties.zone();
        this.maxPageSize = properties.maxPageSize();
    }

    /** A new draft of the owner's store with its objective; it becomes the owner's creation session. */
    @Transactional
    public Event create(CurrentOwner owner, Objective objective) {
        Event draft = Event.draft(UUID.randomUUID(), owner.userId(), owner.storeId(), objective, clock.instant());
        events.insert(draft);
        sessions.startAfterCommit(draft);
        return draft;
    }

    /** The store's events, newest first, optionally of one status; at most {@code kt.event.max-page-size} a page. */
    @Transactional(readOnly = true)
    public EventPage list(CurrentOwner owner, EventStatus status, int page, int size) {
        int limit = Math.clamp(size, 1, maxPageSize);
        long offset = (long) page * limit;
        long total = events.count(owner.storeId(), status);
        List<Event> content = offset >= total ? List.of() : events.page(owner.storeId(), status, (int) offset, limit);
        return new EventPage(content, page, limit, total);
    }

    /**
     * The owner's event: a draft from the Redis draft cache when it is there, else from PostgreSQL (and a draft is
     * then cached). Another store's event is answered as absent (404).
     */
    public Event get(CurrentOwner owner, UUID eventId) {
        Optional<Event> cached = drafts.get(eventId);
        if (cached.isPresent()) {
            return cached.filter(event -> isOwnedBy(event, owner)).orElseThrow(() -> notFound(eventId));
        }
        Optional<String> generation = drafts.generation(eventId);
        Event event = events.findOwned(eventId, owner.storeId()).orElseThrow(() -> notFound(eventId));
        generation.ifPresent(taken -> drafts.fill(event, taken));
        return event;
    }

    /** The owner rewrites the draft (409 unless it is a draft). */
    @Transactional
    public Event edit(CurrentOwner owner, UUID eventId, EventContent content) {
        return save(lockOwned(owner, eventId).edit(content, clock.instant()));
    }

    /** Deletes a draft with its plans and images (409 for a published or ended event); its jobs stay on record. */
    @Transactional
    public void delete(CurrentOwner owner, UUID eventId) {
        Event event = lockOwned(owner, eventId);
        if (!event.isDraft()) {
            throw ProblemException.conflict(
                    "event-not-draft",
                    "Event " + eventId + " is " + event.status() + ": only a draft can be deleted"
                            + (event.status() == EventStatus.PUBLISHED ? "; end it instead." : "."),
                    Map.of("status", event.status().name()));
        }
        events.delete(eventId);
        drafts.evictAfterCommit(eventId);
        sessions.finishAfterCommit(event.userId(), eventId);
    }

    /** The distribution channels of the draft, from the catalogue, each once. */
    @Transactional
    public Event chooseChannels(CurrentOwner owner, UUID eventId, List<Channel> channels) {
        return save(lockOwned(owner, eventId).chooseChannels(channels, clock.instant()));
    }

    /**
     * DRAFT → PUBLISHED for a complete draft (name, period not begun yet, selected image, channels), announced with
     * {@link EventPublished}: what distribution, participation and analytics need, with the chosen plan as edited.
     * 409 with the {@code missing} parts otherwise.
     */
    @Transactional
    public Event publish(CurrentOwner owner, UUID eventId) {
        Event event = lockOwned(owner, eventId);
        return switch (event.publish(today(), clock.instant())) {
            case Transition.Refused refused -> throw refusal(refused);
            case Transition.Moved(Event published) -> {
                StoreSnapshot store = stores.snapshotOf(published.storeId());
                save(published);
                sessions.finishAfterCommit(published.userId(), published.eventId());
                messages.publishEvent(EventPublished.of(
                        published.eventId(),
                        published.userId(),
                        store,
                        published.eventName(),
                        published.description(),
                        published.objective(),
                        published.startDate(),
                        published.endDate(),
                        published.channels(),
                        published.selectedImageId(),
                        published.selectedImageUrl(),
                        planAsEdited(published).orElse(null)));
                yield published;
            }
        };
    }

    /** PUBLISHED → ENDED by the owner, announced with {@link EventEnded} ({@code MANUAL}). */
    @Transactional
    public Event end(CurrentOwner owner, UUID eventId) {
        Event event = lockOwned(owner, eventId);
        return switch (event.end(EventEnded.MANUAL, clock.instant())) {
            case Transition.Refused refused -> throw refusal(refused);
            case Transition.Moved(Event ended) -> {
                save(ended);
                messages.publishEvent(
                        EventEnded.of(ended.eventId(), ended.userId(), ended.storeId(), EventEnded.MANUAL));
                yield ended;
            }
        };
    }

    /**
     * Ends up to {@code batchSize} published events whose end date has passed in the owners' calendar, each announced
     * with {@link EventEnded} ({@code END_DATE}). One statement claims them, so replicas sweeping at the same time
     * never end an event twice; running it again changes nothing.
     *
     * @return the events ended by this call
     */
    @Transactional
    public List<Event> endDueEvents(int batchSize) {
        List<Event> ended = events.endDue(today(), clock.instant(), EventEnded.END_DATE, batchSize);
        ended.forEach(event -> messages.publishEvent(
                EventEnded.of(event.eventId(), event.userId(), event.storeId(), EventEnded.END_DATE)));
        return ended;
    }

    /** The draft the owner is creating: from Redis, or (Redis away or emptied) their newest draft of the last hour. */
    @Transactional(readOnly = true)
    public Optional<CreationSession> session(CurrentOwner owner) {
        Optional<CreationSession> cached = sessions.current(owner.userId())
                .filter(session -> session.storeId().equals(owner.storeId()));
        if (cached.isPresent()) {
            return cached;
        }
        return events.latestDraftSince(owner.userId(), clock.instant().minus(sessions.ttl()))
                .filter(event -> isOwnedBy(event, owner))
                .map(event ->
                        new CreationSession(event.eventId(), event.objective(), event.storeId(), event.createdAt()));
    }

    // --- for the plans, images and jobs features, inside their transactions

    /** The owner's event, locked until the transaction ends; 404 for another store's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Event lockOwned(CurrentOwner owner, UUID eventId) {
        return events.lockOwned(eventId, owner.storeId()).orElseThrow(() -> notFound(eventId));
    }

    /** The owner's draft, locked; 404 for another store's, 409 unless it is a draft. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Event lockDraft(CurrentOwner owner, UUID eventId) {
        Event event = lockOwned(owner, eventId);
        event.requireDraft();
        return event;
    }

    /** Any event by id, locked (for messages, which carry no owner). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Event> lock(UUID eventId) {
        return events.lock(eventId);
    }

    /** The store an event belongs to, if it exists. */
    public Optional<UUID> storeOf(UUID eventId) {
        return events.storeOf(eventId);
    }

    /** Stores a changed event; the draft cache lets go of it once the transaction commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Event save(Event changed) {
        events.update(changed);
        drafts.evictAfterCommit(changed.eventId());
        return changed;
    }

    /** The owners' calendar day now. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    public static ProblemException notFound(UUID eventId) {
        return ProblemException.notFound("Event", eventId);
    }

    private Optional<EventPlan> planAsEdited(Event event) {
        if (event.selectedRecommendationId() == null) {
            return Optional.empty();
        }
        // the owner's own name, description and period win over what the AI proposed
        return selectedPlans
                .selectedPlan(event.eventId())
                .map(plan -> new EventPlan(
                        plan.budgetLevel(),
                        event.eventName(),
                        event.description(),
                        plan.promotionType(),
                        plan.targetAudience(),
                        plan.prize(),
                        plan.prizeCost(),
                        plan.participationMethod(),
                        event.startDate(),
                        event.endDate(),
                        plan.recommendedChannels(),
                        plan.expectedParticipants(),
                        plan.expectedCost(),
                        plan.expectedRevenue(),
                        plan.expectedRoi(),
                        plan.reasoning()));
    }

    private static boolean isOwnedBy(Event event, CurrentOwner owner) {
        return event.storeId().equals(owner.storeId());
    }

    private static ProblemException refusal(Transition.Refused refused) {
        return refused.missing().isEmpty()
                ? ProblemException.conflict(refused.code(), refused.detail())
                : ProblemException.conflict(refused.code(), refused.detail(), Map.of("missing", refused.missing()));
    }
}
