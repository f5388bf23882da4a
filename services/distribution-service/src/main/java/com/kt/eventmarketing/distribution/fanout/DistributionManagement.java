package com.kt.eventmarketing.distribution.fanout;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.distribution.catalogue.ChannelCatalogue;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost.Estimate;
import com.kt.eventmarketing.distribution.fanout.PublishedEvents.Owned;
import com.kt.eventmarketing.distribution.fanout.domain.Distribution;
import com.kt.eventmarketing.distribution.fanout.domain.Distribution.RetryDecision;
import com.kt.eventmarketing.distribution.fanout.domain.SendingPlan;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Distribution of published events to their channels: one row per event × channel, created once
 * however often the publication arrives, sent in parallel after commit, each channel on its own;
 * the owner sees each channel's status and retries a failed one.
 */
@Service
public class DistributionManagement {

    private static final Logger log = LoggerFactory.getLogger(DistributionManagement.class);

    private final PublishedEvents events;
    private final Distributions distributions;
    private final ChannelCatalogue catalogue;
    private final ChannelDispatcher dispatcher;
    private final SendingPlan plan;
    private final ApplicationEventPublisher messages;
    private final Clock clock;

    DistributionManagement(
            PublishedEvents events,
            Distributions distributions,
            ChannelCatalogue catalogue,
            ChannelDispatcher dispatcher,
            SendingPlan plan,
            ApplicationEventPublisher messages,
            Clock clock) {
        this.events = events;
        this.distributions = distributions;
        this.catalogue = catalogue;
        this.dispatcher = dispatcher;
        this.plan = plan;
        this.messages = messages;
        this.clock = clock;
    }

    /** An event went live: one PENDING row per chosen channel, sent after this transaction commits. */
    @Transactional
    public void on(EventPublished published) {
        Instant now = clock.instant();
        if (!events.insert(published, now)) {
            log.info(
                    "Event {} is already being distributed; the repeated publication adds nothing",
                    published.eventId());
            return;
        }
        Set<Channel> channels = new LinkedHashSet<>(published.channels() == null ? List.of() : published.channels());
        channels.remove(null);
        UUID storeId = published.store().storeId();
        for (Channel channel : channels) {
            Estimate estimate = catalogue.estimate(
                    channel,
                    storeId,
                    published.store().industry(),
                    published.store().region());
            distributions.insert(
                    published.eventId(),
                    channel,
                    plan.sendingTime(channel, now),
                    estimate.estimatedReach(),
                    estimate.estimatedCost(),
                    now);
        }
        if (channels.isEmpty()) {
            events.markCompleted(published.eventId(), now);
            messages.publishEvent(DistributionCompleted.of(published.eventId(), storeId, List.of(), List.of(), 0, 0));
            return;
        }
        dispatcher.dispatchAfterCommit(published.eventId());
    }

    /** Each channel's status for the owner of the event; another owner's event is not found. */
    @Transactional(readOnly = true)
    public EventDistribution statusOf(CurrentOwner owner, UUID eventId) {
        Owned event = owned(owner, eventId);
        return new EventDistribution(event, distributions.of(eventId));
    }

    /** Sends a failed channel again (same idempotency key: whatever a provider took is not posted twice). */
    @Transactional
    public Distribution retry(CurrentOwner owner, UUID eventId, Channel channel) {
        owned(owner, eventId);
        Distribution row = distributions
                .find(eventId, channel)
                .orElseThrow(() -> ProblemException.notFound("Distribution of channel " + channel, eventId));
        switch (row.retry()) {
            case RetryDecision.Refused refused -> throw ProblemException.conflict(refused.code(), refused.reason());
            case RetryDecision.Accepted accepted -> {
                Instant now = clock.instant();
                if (!distributions.requeue(eventId, channel, plan.sendingTime(channel, now), now)) {
                    throw ProblemException.conflict("distribution-in-progress", channel + " is already being retried.");
                }
                events.reopen(eventId);
                dispatcher.dispatchAfterCommit(eventId);
            }
        }
        return distributions.find(eventId, channel).orElseThrow();
    }

    /** Whether the owner may see the event (for the simulator's view). */
    @Transactional(readOnly = true)
    public void checkOwner(CurrentOwner owner, UUID eventId) {
        owned(owner, eventId);
    }

    private Owned owned(CurrentOwner owner, UUID eventId) {
        return events.find(eventId)
                .filter(event -> event.ownedBy(owner.userId(), owner.storeId()))
                .orElseThrow(() -> ProblemException.notFound("Distribution", eventId));
    }

    /** An event's distribution as its owner sees it. */
    public record EventDistribution(
            UUID eventId, String eventName, Instant publishedAt, Instant completedAt, List<Distribution> channels) {

        EventDistribution(Owned event, List<Distribution> channels) {
            this(
                    event.details().eventId(),
                    event.details().eventName(),
                    event.publishedAt(),
                    event.completedAt(),
                    channels);
        }
    }
}
