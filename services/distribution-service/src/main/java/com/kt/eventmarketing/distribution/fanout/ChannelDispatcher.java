package com.kt.eventmarketing.distribution.fanout;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import com.kt.eventmarketing.distribution.DistributionProperties;
import com.kt.eventmarketing.distribution.audience.Audiences;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost;
import com.kt.eventmarketing.distribution.channel.ChannelGateway;
import com.kt.eventmarketing.distribution.channel.ChannelRequest;
import com.kt.eventmarketing.distribution.channel.Delivery;
import com.kt.eventmarketing.distribution.channel.Delivery.Delivered;
import com.kt.eventmarketing.distribution.channel.Delivery.NotDelivered;
import com.kt.eventmarketing.distribution.channel.Posted;
import com.kt.eventmarketing.distribution.channel.Recipient;
import com.kt.eventmarketing.distribution.channel.RecipientLog;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TextMessage;
import com.kt.eventmarketing.distribution.channel.domain.ChannelFormats;
import com.kt.eventmarketing.distribution.channel.domain.SmsText;
import com.kt.eventmarketing.distribution.fanout.PublishedEvents.Owned;
import com.kt.eventmarketing.distribution.fanout.domain.Completion;
import com.kt.eventmarketing.distribution.fanout.domain.Distribution;
import com.kt.eventmarketing.distribution.fanout.domain.SendingPlan;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due channels, each on its own virtual thread, so the fan-out takes as long as the slowest
 * channel and a failing one holds no other up. A row is claimed (IN_PROGRESS with a lease) before its
 * provider is called and finished in a transaction that also publishes {@link ChannelDistributed}
 * and, when every channel is final, {@link DistributionCompleted} (outbox). A poll picks up what is
 * due later (quiet hours) or was abandoned (restart), so nothing depends on memory.
 */
@Component
class ChannelDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ChannelDispatcher.class);
    private static final int POLL_BATCH = 50;

    private final Distributions distributions;
    private final PublishedEvents events;
    private final Audiences audiences;
    private final ChannelGateway gateway;
    private final ChannelFormats formats;
    private final SendingPlan plan;
    private final ApplicationEventPublisher messages;
    private final TransactionTemplate transactions;
    private final ExecutorService calls;
    private final DistributionProperties properties;
    private final Clock clock;

    ChannelDispatcher(
            Distributions distributions,
            PublishedEvents events,
            Audiences audiences,
            ChannelGateway gateway,
            ChannelFormats formats,
            SendingPlan plan,
            ApplicationEventPublisher messages,
            TransactionTemplate transactions,
            @Qualifier("channelCalls") ExecutorService calls,
            DistributionProperties properties,
            Clock clock) {
        this.distributions = distributions;
        this.events = events;
        this.audiences = audiences;
        this.gateway = gateway;
        this.formats = formats;
        this.plan = plan;
        this.messages = messages;
        this.transactions = transactions;
        this.calls = calls;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the event's due channels once the current transaction has committed its rows. */
    void dispatchAfterCommit(UUID eventId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(() -> dispatch(eventId));
                }
            });
        } else {
            submit(() -> dispatch(eventId));
        }
    }

    /** Quiet-hours queue, abandoned leases and anything a crash left behind. */
    @Scheduled(
            initialDelayString = "${kt.distribution.poll-interval:5s}",
            fixedDelayString = "${kt.distribution.poll-interval:5s}")
    void sendDue() {
        try {
            claim(null).forEach(row -> submit(() -> send(row)));
        } catch (RuntimeException e) {
            log.warn("Could not look for due distributions: {}", e.getMessage());
        }
    }

    void dispatch(UUID eventId) {
        claim(eventId).forEach(row -> submit(() -> send(row)));
    }

    private List<Distribution> claim(UUID eventId) {
        Instant now = clock.instant();
        return distributions.claimDue(eventId, now, now.plus(properties.getLease()), POLL_BATCH);
    }

    private void send(Distribution row) {
        Channel channel = row.channel();
        try {
            Instant now = clock.instant();
            if (!plan.maySendNow(channel, now)) {
                distributions.postpone(row.eventId(), channel, plan.sendingTime(channel, now), now);
                return;
            }
            Owned event = events.find(row.eventId()).orElseThrow();
            ChannelContent content = formats.compose(channel, event.details());
            List<Recipient> recipients = audiences.recipients(event.storeId(), channel);
            Delivery delivery;
            SentRecipients sends = new SentRecipients(distributions.sentTo(row.eventId(), channel));
            if ((channel == Channel.SMS || channel == Channel.EMAIL) && recipients.isEmpty()) {
                delivery = new Delivered(new Posted(null, null, 0), 0);
            } else {
                delivery = gateway.deliver(new ChannelRequest(
                        row.eventId(), event.storeId(), channel, row.idempotencyKey(), content, recipients, sends));
            }
            record(row, event, content, delivery, sends);
        } catch (RuntimeException e) {
            // a bug or a database outage: leave the row IN_PROGRESS, its lease runs out and the poll retries it
            log.error(
                    "Distribution of {} for event {} broke off; it will be taken up again", channel, row.eventId(), e);
        }
    }

    private void record(
            Distribution row, Owned event, ChannelContent content, Delivery delivery, SentRecipients sends) {
        Channel channel = row.channel();
        transactions.executeWithoutResult(status -> {
            events.lock(row.eventId());
            Instant now = clock.instant();
            distributions.sent(row.eventId(), channel, sends.fresh(), now);
            boolean finished = switch (delivery) {
                case Delivered delivered -> {
                    Posted posted = delivered.posted();
                    long cost = ReachAndCost.actualCost(channel, row.cost(), posted.recipients(), isLong(content));
                    boolean held = distributions.finish(
                            row.eventId(),
                            channel,
                            DistributionStatus.SUCCESS,
                            delivered.attempts(),
                            posted.externalId(),
                            posted.externalUrl(),
                            null,
                            summary(content, channel, posted.recipients()),
                            posted.recipients(),
                            cost,
                            now);
                    if (held) {
                        messages.publishEvent(ChannelDistributed.of(
                                row.eventId(),
                                event.storeId(),
                                channel,
                                DistributionStatus.SUCCESS,
                                row.attempts() + delivered.attempts(),
                                posted.externalId(),
                                posted.externalUrl(),
                                row.estimatedReach(),
                                posted.recipients(),
                                cost,
                                null));
                    }
                    yield held;
                }
                case NotDelivered failed -> {
                    boolean held = distributions.finish(
                            row.eventId(),
                            channel,
                            DistributionStatus.FAILED,
                            failed.attempts(),
                            null,
                            null,
                            failed.reason(),
                            content.summary(),
                            0,
                            0,
                            now);
                    if (held) {
                        messages.publishEvent(ChannelDistributed.of(
                                row.eventId(),
                                event.storeId(),
                                channel,
                                DistributionStatus.FAILED,
                                row.attempts() + failed.attempts(),
                                null,
                                null,
                                row.estimatedReach(),
                                0,
                                0,
                                failed.reason()));
                    }
                    yield held;
                }
            };
            if (finished) {
                completeIfAllFinal(row.eventId(), event.storeId(), now);
            }
        });
    }

    private void completeIfAllFinal(UUID eventId, UUID storeId, Instant now) {
        Optional<Owned> event = events.find(eventId);
        if (event.isEmpty() || event.get().completedAt() != null) {
            return;
        }
        Completion.of(distributions.of(eventId)).ifPresent(done -> {
            events.markCompleted(eventId, now);
            messages.publishEvent(DistributionCompleted.of(
                    eventId, storeId, done.succeeded(), done.failed(), done.totalCost(), done.durationMillis()));
            log.info(
                    "Event {} distributed: {} succeeded, {} failed, in {} ms",
                    eventId,
                    done.succeeded(),
                    done.failed(),
                    done.durationMillis());
        });
    }

    /**
     * Who got the message, kept in memory during the call and written with the outcome: the call may
     * be interrupted by its time limit, and an interrupted JDBC write would break its connection.
     */
    private static final class SentRecipients implements RecipientLog {
        private final Set<String> done = ConcurrentHashMap.newKeySet();
        private final Set<String> fresh = ConcurrentHashMap.newKeySet();

        SentRecipients(List<String> before) {
            done.addAll(before);
        }

        @Override
        public boolean alreadySent(String ref) {
            return done.contains(ref);
        }

        @Override
        public void sent(String ref) {
            if (done.add(ref)) {
                fresh.add(ref);
            }
        }

        List<String> fresh() {
            return List.copyOf(fresh);
        }
    }

    private static boolean isLong(ChannelContent content) {
        return content instanceof TextMessage text && text.kind() == SmsText.Kind.LMS;
    }

    private static String summary(ChannelContent content, Channel channel, long recipients) {
        if (channel == Channel.SMS || channel == Channel.EMAIL) {
            return content.summary()
                    + (recipients == 0
                            ? " — no one with marketing consent to send to"
                            : " — to " + recipients + " recipient(s) with marketing consent");
        }
        return content.summary();
    }

    private void submit(Runnable task) {
        try {
            calls.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down: a dispatch is left to the next start's poll");
        }
    }
}
