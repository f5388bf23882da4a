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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox's writes, batched. Spring Modulith writes each publication with its own INSERT inside the
 * business transaction, then marks it PROCESSING before its Kafka send and deletes it ({@code
 * completion-mode: delete}) after, each in its own statement and commit: three writes per message.
 *
 * <ul>
 *   <li><b>Creates:</b> the publications of a transaction are collected and written together just
 *       before it commits, in one multi-row INSERT (one statement for a batch of entries instead of one
 *       per message). A transaction with a single publication writes it as Modulith does. They commit
 *       or roll back with the business write as before: the outbox stays transactional.
 *   <li><b>Completions:</b> collected and deleted together once per {@code flushInterval}, and a
 *       PROCESSING mark is written only for a send still unfinished after {@code processingGrace} (the
 *       staleness check only looks for those stuck for a minute); the usual send, done in
 *       milliseconds, costs its share of one batched delete.
 * </ul>
 *
 * <p>Nothing is lost by the delay of completions: a completion not yet written when the process dies
 * leaves its publication incomplete, so it is sent again — delivery is at least once and consumers
 * are idempotent (the {@link Inbox}). A failure mark is never delayed, and cancels a pending
 * PROCESSING mark. {@link #close()} (the context's shutdown) writes what is pending.
 */
final class BatchedOutbox implements EventPublicationRepository, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchedOutbox.class);

    private final EventPublicationRepository delegate;
    private final PublicationInserts inserts;
    private final long flushNanos;
    private final long processingGraceNanos;
    private final ConcurrentLinkedQueue<UUID> completed = new ConcurrentLinkedQueue<>();
    private final Map<UUID, Long> processingSince = new ConcurrentHashMap<>();
    private final Thread flusher;
    private volatile boolean open = true;

    BatchedOutbox(
            EventPublicationRepository delegate,
            PublicationInserts inserts,
            Duration flushInterval,
            Duration processingGrace) {
        this.delegate = delegate;
        this.inserts = inserts;
        this.flushNanos = flushInterval.toNanos();
        this.processingGraceNanos = processingGrace.toNanos();
        this.flusher = Thread.ofPlatform().name("outbox-completions").daemon().start(this::flushPeriodically);
    }

    /**
     * Inside a transaction, the publication is written with the others of the transaction just before
     * it commits; outside one (no business write to join), at once.
     */
    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return delegate.create(publication);
        }
        PendingCreates pending = (PendingCreates) TransactionSynchronizationManager.getResource(this);
        if (pending != null && pending.written) {
            // published while the transaction commits (a before-commit listener): written at once, still inside it
            return delegate.create(publication);
        }
        if (pending == null) {
            pending = new PendingCreates();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.publications.add(publication);
        return publication;
    }

    /** The publications of one transaction, written just before it commits. */
    private final class PendingCreates implements TransactionSynchronization {

        final List<TargetEventPublication> publications = new ArrayList<>();
        boolean written;

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (publications.size() == 1) {
                delegate.create(publications.getFirst());
            } else if (!publications.isEmpty()) {
                inserts.insert(publications);
            }
            publications.clear();
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(BatchedOutbox.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(BatchedOutbox.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BatchedOutbox.this);
        }
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
