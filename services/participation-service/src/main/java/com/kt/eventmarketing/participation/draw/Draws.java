package com.kt.eventmarketing.participation.draw;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.consent.MarketingConsents;
import com.kt.eventmarketing.participation.draw.DrawHistory.Eligible;
import com.kt.eventmarketing.participation.draw.DrawHistory.StoredDraw;
import com.kt.eventmarketing.participation.draw.domain.DrawSeed;
import com.kt.eventmarketing.participation.draw.domain.EntryList;
import com.kt.eventmarketing.participation.draw.domain.MasterSeed;
import com.kt.eventmarketing.participation.draw.domain.WeightedDraw;
import com.kt.eventmarketing.participation.draw.domain.WeightedDraw.Pick;
import com.kt.eventmarketing.participation.events.EventCatalog;
import com.kt.eventmarketing.participation.events.ListedEvent;
import com.kt.eventmarketing.participation.registration.Participants;
import com.kt.eventmarketing.participation.registration.Participants.Contact;
import com.kt.eventmarketing.participation.registration.domain.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifiable winner draws (commit–reveal): the seed was committed when the event was published; a
 * draw freezes the eligible entry list, derives its seed, picks winners by weighted sampling, keeps
 * everything, reveals the seeds and tells the distribution service whom to notify.
 */
@Service
public class Draws {

    private final EventCatalog catalog;
    private final DrawHistory history;
    private final Participants participants;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final int maxWinners;

    Draws(
            EventCatalog catalog,
            DrawHistory history,
            Participants participants,
            PersonalDataCipher cipher,
            ApplicationEventPublisher publisher,
            Clock clock,
            ParticipationProperties properties) {
        this.catalog = catalog;
        this.history = history;
        this.participants = participants;
        this.cipher = cipher;
        this.publisher = publisher;
        this.clock = clock;
        this.maxWinners = properties.maxWinners();
    }

    /** Draws winners of the owner's event once its entries are frozen (ended, or past its end date). */
    @Transactional
    public DrawResult draw(UUID eventId, UUID storeId, UUID ownerId, DrawRequest request) {
        List<ProblemException.FieldError> errors = new ArrayList<>();
        if (request.winnerCount() < 1 || request.winnerCount() > maxWinners) {
            errors.add(new ProblemException.FieldError("winnerCount", "must be between 1 and " + maxWinners));
        }
        if (request.storeVisitWeight() < 1 || request.storeVisitWeight() > EntryList.MAX_WEIGHT) {
            errors.add(new ProblemException.FieldError(
                    "storeVisitWeight", "must be between 1 and " + EntryList.MAX_WEIGHT));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ListedEvent event = catalog.lockOwnedBy(eventId, storeId);
        if (!event.window().entriesFrozen(catalog.today())) {
            throw ProblemException.conflict(
                    "entries-still-open",
                    "Winners can be drawn once the event has ended or its end date " + event.endDate()
                            + " has passed: the entry list must be final before the seed is revealed.");
        }
        Eligible eligible = history.eligible(eventId, request.excludePreviousWinners());
        if (eligible.entryNumbers().length == 0) {
            throw ProblemException.conflict("no-eligible-entries", "There are no entries left to draw from.");
        }
        int[] weights = new int[eligible.entryNumbers().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = eligible.visited()[i] ? request.storeVisitWeight() : 1;
        }
        EntryList entries = new EntryList(eligible.entryNumbers(), weights);
        MasterSeed master = catalog.masterSeed(eventId);
        int drawNumber = history.nextDrawNumber(eventId);
        DrawSeed seed = master.forDraw(drawNumber);
        List<Pick> picks = WeightedDraw.draw(seed, entries, request.winnerCount());

        List<Long> numbers = picks.stream().map(Pick::entryNumber).toList();
        Map<Long, Contact> contacts = participants.contacts(eventId, numbers).stream()
                .collect(Collectors.toMap(Contact::entryNumber, Function.identity()));
        UUID drawId = UUID.randomUUID();
        Instant now = clock.instant();
        List<DrawHistory.Winner> winners = new ArrayList<>();
        List<WinnersDrawn.Winner> announced = new ArrayList<>();
        for (Pick pick : picks) {
            Contact contact = contacts.get(pick.entryNumber());
            winners.add(new DrawHistory.Winner(contact.participantId(), pick.rank(), pick.entryNumber()));
            PhoneNumber phone = contact.phone().orElseThrow();
            announced.add(new WinnersDrawn.Winner(
                    contact.participantId(),
                    pick.entryNumber(),
                    pick.rank(),
                    contact.nameMasked(),
                    cipher.encrypt(phone.digits(), MarketingConsents.MESSAGE_PHONE_CONTEXT)));
        }
        history.record(drawId, eventId, drawNumber, request, entries, seed.hex(), ownerId, now, winners);
        publisher.publishEvent(WinnersDrawn.of(
                drawId,
                eventId,
                event.storeId(),
                event.storeName(),
                event.eventName(),
                event.prize(),
                drawNumber,
                announced));
        return history.of(eventId).stream()
                .filter(d -> d.drawId().equals(drawId))
                .findFirst()
                .map(d -> result(event, master, d, true))
                .orElseThrow();
    }

    /** Every draw of the owner's event, the first first, with winners (masked). */
    @Transactional(readOnly = true)
    public List<DrawResult> draws(UUID eventId, UUID storeId) {
        ListedEvent event = catalog.ownedBy(eventId, storeId);
        return results(event, true);
    }

    /** The public winners list: every draw with its seeds and hashes, winners masked, no ids. */
    @Transactional(readOnly = true)
    public List<DrawResult> publicDraws(UUID eventId) {
        ListedEvent event = catalog.find(eventId)
                .filter(ListedEvent::published)
                .orElseThrow(() -> ProblemException.notFound("Event", eventId));
        return results(event, false);
    }

    /** The entry list draw {@code drawNumber} chose from, in its canonical published form. */
    @Transactional(readOnly = true)
    public EntryList entryList(UUID eventId, int drawNumber) {
        return history.entryList(eventId, drawNumber)
                .orElseThrow(() -> ProblemException.notFound("Draw", drawNumber + " of event " + eventId));
    }

    /** The full phone number of one winner, for the owner to hand over the prize. Audited. */
    @Transactional
    public String revealPhone(UUID eventId, UUID storeId, UUID ownerId, UUID participantId, String reason, String ip) {
        catalog.ownedBy(eventId, storeId);
        if (!history.isWinner(eventId, participantId)) {
            throw ProblemException.notFound("Winner", participantId);
        }
        PhoneNumber phone = participants
                .contact(eventId, participantId)
                .flatMap(Contact::phone)
                .orElseThrow(() -> ProblemException.of(
                        ProblemException.Kind.GONE,
                        "personal-data-destroyed",
                        "The winner's personal data has been destroyed under the retention policy."));
        history.audit(eventId, participantId, ownerId, reason, ip, clock.instant());
        return phone.formatted();
    }

    /** The prize reached the winner: their data now follows the normal retention schedule. */
    @Transactional
    public void markPrizeDelivered(UUID eventId, UUID storeId, UUID participantId) {
        catalog.ownedBy(eventId, storeId);
        if (!participants.markPrizeDelivered(eventId, participantId, clock.instant())) {
            throw ProblemException.notFound("Winner", participantId);
        }
    }

    private List<DrawResult> results(ListedEvent event, boolean owner) {
        List<StoredDraw> stored = history.of(event.eventId());
        if (stored.isEmpty()) {
            return List.of();
        }
        MasterSeed master = catalog.masterSeed(event.eventId());
        return stored.stream().map(d -> result(event, master, d, owner)).toList();
    }

    private static DrawResult result(ListedEvent event, MasterSeed master, StoredDraw d, boolean owner) {
        return new DrawResult(
                d.drawId(),
                event.eventId(),
                d.drawNumber(),
                d.winnerCount(),
                d.storeVisitWeight(),
                d.excludePreviousWinners(),
                event.seedCommitment(),
                master.hex(),
                d.drawSeed(),
                d.entryListHash(),
                d.entryCount(),
                d.drawnAt(),
                d.winners().stream()
                        .map(w -> new DrawResult.Winner(
                                w.rank(),
                                w.entryNumber(),
                                owner ? w.participantId() : null,
                                w.nameMasked(),
                                w.phoneMasked(),
                                owner ? w.delivered() : null))
                        .toList());
    }
}
