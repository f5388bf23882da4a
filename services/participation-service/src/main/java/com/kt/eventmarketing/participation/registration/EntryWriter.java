package com.kt.eventmarketing.participation.registration;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.ParticipationProperties.Entries;
import com.kt.eventmarketing.participation.consent.MarketingConsents;
import com.kt.eventmarketing.participation.consent.MarketingConsents.Grant;
import com.kt.eventmarketing.participation.registration.Participants.Existing;
import com.kt.eventmarketing.participation.registration.Participants.NewEntry;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome.AlreadyEntered;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome.Entered;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of entries. A burst of entries is many small transactions, each paying a commit, a
 * connection and a round trip per statement; here the request threads only queue their entry and
 * wait, and a few writer threads take whatever has queued up (at most {@code maxBatch}) and write it
 * in one transaction: one multi-row insert, the consents, the outbox rows of the messages. Nothing
 * is delayed to form a batch: a lone entry is written at once, and under load the batches grow by
 * themselves while the previous one commits.
 *
 * <p>Each entry's outcome is its own: a duplicate in a batch gets its 409 (or, sent again with its
 * submission key, its original answer) while the others are written. When a batch fails as a whole
 * (a deadlock with another replica, a broken connection), each of its entries is retried alone in
 * its own transaction, so one entry never fails another. A full queue answers 503 at once rather
 * than letting waits grow without bound.
 */
@Component
class EntryWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EntryWriter.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    // inserts in a stable order, so two batches (two writers, two replicas) take their row locks alike
    private static final Comparator<Pending> LOCK_ORDER = Comparator.comparing(
                    (Pending p) -> p.entry().eventId())
            .thenComparing(p -> p.entry().phoneIndex());

    private record Pending(NewEntry entry, CompletableFuture<EntryOutcome> outcome) {}

    private final Participants participants;
    private final MarketingConsents consents;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Entries settings;
    private final BlockingQueue<Pending> queue;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    EntryWriter(
            Participants participants,
            MarketingConsents consents,
            ApplicationEventPublisher publisher,
            PlatformTransactionManager transactionManager,
            ParticipationProperties properties) {
        this.participants = participants;
        this.consents = consents;
        this.publisher = publisher;
        this.transactions = new TransactionTemplate(transactionManager);
        this.settings = properties.entries();
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    }

    /** Writes the entry with the next batch and answers its outcome; 503 when overloaded or too slow. */
    EntryOutcome write(NewEntry entry) {
        Pending pending = new Pending(entry, new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            throw ProblemException.unavailable("busy", "지금 참여자가 많습니다. 잠시 후 다시 시도해 주세요.", RETRY_AFTER);
        }
        try {
            return pending.outcome().get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw ProblemException.unavailable("busy", "참여 처리가 늦어지고 있습니다. 잠시 후 같은 내용으로 다시 시도해 주세요.", RETRY_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("busy", "참여를 처리하지 못했습니다. 다시 시도해 주세요.", RETRY_AFTER);
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>(settings.maxBatch());
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, settings.maxBatch() - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // never leaves a request waiting: write() completes every entry; this is the last guard
                batch.forEach(p -> p.outcome().completeExceptionally(e));
                log.error("Entry writer failed a batch of {}", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        batch.sort(LOCK_ORDER);
        List<EntryOutcome> outcomes;
        try {
            outcomes = transactions.execute(status -> record(batch));
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                batch.getFirst().outcome().completeExceptionally(batchFailed);
                return;
            }
            log.warn("A batch of {} entries failed ({}); writing each alone", batch.size(), batchFailed.toString());
            for (Pending pending : batch) {
                try {
                    pending.outcome()
                            .complete(transactions
                                    .execute(status -> record(List.of(pending)))
                                    .getFirst());
                } catch (RuntimeException failed) {
                    pending.outcome().completeExceptionally(failed);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome().complete(outcomes.get(i));
        }
    }

    /** Runs in the batch's transaction: the rows, the consents and the messages, in the batch's order. */
    private List<EntryOutcome> record(List<Pending> batch) {
        List<NewEntry> entries = batch.stream().map(Pending::entry).toList();
        Map<UUID, Long> inserted = participants.insertAll(entries);
        List<NewEntry> notInserted = entries.stream()
                .filter(e -> !inserted.containsKey(e.participantId()))
                .toList();
        Map<String, Existing> existing = notInserted.isEmpty() ? Map.of() : participants.byPhones(notInserted);
        List<EntryOutcome> outcomes = new ArrayList<>(entries.size());
        List<Grant> grants = new ArrayList<>();
        for (NewEntry entry : entries) {
            Long number = inserted.get(entry.participantId());
            if (number == null) {
                Existing first = existing.get(Participants.phoneKey(entry.eventId(), entry.phoneIndex()));
                outcomes.add(
                        first != null
                                        && entry.submissionKey() != null
                                        && Objects.equals(first.submissionKey(), entry.submissionKey())
                                ? new Entered(first.participantId(), first.entryNumber(), true)
                                : new AlreadyEntered());
                continue;
            }
            if (entry.marketingConsent()) {
                grants.add(new Grant(
                        entry.storeId(),
                        entry.phone(),
                        entry.phoneIndex(),
                        entry.email(),
                        entry.marketingVersion(),
                        entry.eventId(),
                        entry.at()));
            }
            publisher.publishEvent(ParticipantRegistered.of(
                    entry.participantId(),
                    entry.eventId(),
                    entry.storeId(),
                    number,
                    entry.channel(),
                    entry.marketingConsent(),
                    entry.at()));
            outcomes.add(new Entered(entry.participantId(), number, false));
        }
        consents.grantAll(grants);
        return outcomes;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < settings.writers(); i++) {
            writers.add(Thread.ofPlatform().name("entry-writer-" + i).start(this::writeBatches));
        }
    }

    /** Stops taking entries, writes those already queued, then ends the writers. */
    @Override
    public void stop() {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(settings.timeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        writers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server has stopped taking requests (it stops in a higher phase), before the database. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
