package com.kt.eventmarketing.analytics.projection;

import com.kt.eventmarketing.analytics.projection.domain.Attendance;
import com.kt.eventmarketing.analytics.projection.domain.Attendance.VisitOutcome;
import com.kt.eventmarketing.analytics.stream.DashboardChanges;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the read models from the other services' messages. Each handler is idempotent beyond the
 * inbox's message-id check (the same participant in two messages counts once) and tolerant of any
 * arrival order across topics, so the figures are exact after bursts, duplicates and reordering —
 * and a replay from the beginning of the topics gives the same figures.
 */
@Service
public class EventProjection {

    private final ReadModels readModels;
    private final DashboardChanges changes;

    EventProjection(ReadModels readModels, DashboardChanges changes) {
        this.readModels = readModels;
        this.changes = changes;
    }

    @Transactional
    public void on(EventPublished event) {
        readModels.storeSpend(
                event.store().storeId(), event.userId(), event.store().averageSpend(), event.occurredAt());
        readModels.published(event);
        changes.touched(event.eventId());
    }

    @Transactional
    public void on(StoreUpdated update) {
        if (readModels.storeSpend(
                update.store().storeId(), update.userId(), update.store().averageSpend(), update.occurredAt())) {
            readModels.touchEventsOfStore(update.store().storeId()).forEach(changes::touched);
        }
    }

    @Transactional
    public void on(EventEnded ended) {
        readModels.ended(ended.eventId(), ended.storeId(), ended.userId(), ended.reason(), ended.occurredAt());
        changes.touched(ended.eventId());
    }

    @Transactional
    public void on(EventViewed viewed) {
        readModels.viewed(viewed.eventId(), viewed.storeId(), viewed.channel(), viewed.occurredAt());
        changes.touched(viewed.eventId());
    }

    @Transactional
    public void on(ParticipantRegistered entry) {
        Optional<Attendance> before = readModels.register(
                entry.eventId(), entry.participantId(), entry.channel(), entry.marketingConsent(), entry.occurredAt());
        if (before.isEmpty()) {
            return; // this participant's entry is already counted
        }
        readModels.countEntry(
                entry.eventId(),
                entry.storeId(),
                entry.channel(),
                entry.marketingConsent(),
                before.get().visitsCountedOnRegistration(),
                entry.occurredAt());
        changes.touched(entry.eventId());
    }

    @Transactional
    public void on(StoreVisitMarked mark) {
        Attendance current = readModels.lockParticipant(mark.eventId(), mark.participantId());
        switch (current.mark(mark.visited(), mark.occurredAt())) {
            case VisitOutcome.Superseded superseded -> {}
            case VisitOutcome.Applied(Attendance now, int delta) -> {
                Optional<EntryChannel> channel = readModels.markVisit(mark.eventId(), mark.participantId(), now);
                if (delta != 0 && channel.isPresent()) {
                    readModels.countVisits(mark.eventId(), mark.storeId(), channel.get(), delta);
                    changes.touched(mark.eventId());
                }
            }
        }
    }

    @Transactional
    public void on(WinnersDrawn draw) {
        List<UUID> drawn =
                draw.winners().stream().map(WinnersDrawn.Winner::participantId).toList();
        int fresh = readModels.winners(draw.eventId(), drawn, draw.drawNumber());
        readModels.countWinners(draw.eventId(), draw.storeId(), fresh, draw.drawNumber());
        changes.touched(draw.eventId());
    }

    @Transactional
    public void on(ChannelDistributed report) {
        readModels.distributed(report);
        changes.touched(report.eventId());
    }

    @Transactional
    public void on(DistributionCompleted completed) {
        readModels.distributionCompleted(completed.eventId(), completed.storeId(), completed.occurredAt());
        changes.touched(completed.eventId());
    }
}
