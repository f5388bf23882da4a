package com.kt.eventmarketing.common.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The outbox's bookkeeping after a send, batched. Spring Modulith marks each publication PROCESSING
 * before its Kafka send and then deletes it ({@code completion-mode: delete}), each in its own
 * statement and commit: two extra writes per message, more than the business write that recorded
 * it. Here completions are collected and deleted together once per {@code flushInterval}, and a
 * PROCESSING mark is written only for a send still unfinished after {@code processingGrace} (the
 * staleness check only looks for those stuck for a minute); the usual send, done in milliseconds,
 * costs one batched delete.
 *
 * <p>Nothing is lost by the delay: a completion not yet written when the process dies leaves its
 * publication incomplete, so it is sent again — delivery is at least once and consumers are
 * idempotent (the {@link Inbox}). A failure mark is never delayed, and cancels a pending PROCESSING
 * mark. {@link #close()} (the context's shutdown) writes what is pending.
 */
final class BatchedCompletions implements EventPublicationRepository, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchedCompletions.class);

    private final EventPublicationRepository delegate;
    private final long flushNanos;
    private final long processingGraceNanos;
    private final ConcurrentLinkedQueue<UUID> completed = new ConcurrentLinkedQueue<>();
    private final Map<UUID, Long> processingSince = new ConcurrentHashMap<>();
    private final Thread flusher;
    private volatile boolean open = true;

    BatchedCompletions(EventPublicationRepository delegate, Duration flushInterval, Duration processingGrace) {
        this.delegate = delegate;
        this.flushNanos = flushInterval.toNanos();
        this.processingGraceNanos = processingGrace.toNanos();
        this.flusher = Thread.ofPlatform().name("outbox-completions").daemon().start(this::flushPeriodically);
    }

    @Override
    public void markProcessing(UUID identifier) {
        processingSince.put(identifier, System.nanoTime());
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant completionDate) {
        publication.markCompleted(completionDate);
        markCompleted(publication.getIdentifier(), completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        processingSince.remove(identifier);
        completed.add(identifier);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        delegate.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
        processingSince.remove(identifier);
        delegate.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return delegate.markResubmitted(identifier, resubmissionDate);
    }

    private void flushPeriodically() {
        while (open) {
            LockSupport.parkNanos(flushNanos);
            try {
                flush(false);
            } catch (RuntimeException e) {
                // the database away: what was taken is written again by the next round
                log.warn("Outbox completions not written yet: {}", e.toString());
            }
        }
    }

    /** Deletes the completed publications; writes the PROCESSING marks past their grace, or {@code all}. */
    private synchronized void flush(boolean all) {
        long markedBefore = System.nanoTime() - processingGraceNanos;
        List<UUID> done = new ArrayList<>();
        for (UUID id = completed.poll(); id != null; id = completed.poll()) {
            done.add(id);
        }
        try {
            if (!done.isEmpty()) {
                delegate.deletePublications(done);
            }
        } catch (RuntimeException e) {
            completed.addAll(done);
            throw e;
        }
        processingSince.forEach((id, since) -> {
            if ((all || since - markedBefore < 0) && processingSince.remove(id, since)) {
                delegate.markProcessing(id);
            }
        });
    }

    @Override
    public void close() {
        open = false;
        LockSupport.unpark(flusher);
        try {
            flusher.join(Duration.ofSeconds(5));
            flush(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Outbox completions left unwritten at shutdown (they will be sent again): {}", e.toString());
        }
    }

    // ------------------------------------------------------------------------------------ delegated as is

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        return delegate.create(publication);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return delegate.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return delegate.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(
            Object event, PublicationTargetIdentifier targetIdentifier) {
        return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return delegate.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        delegate.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        delegate.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        delegate.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return delegate.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return delegate.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return delegate.countByStatus(status);
    }
}
