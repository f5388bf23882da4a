package com.kt.eventmarketing.participation.registration;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.ParticipationProperties.Consent;
import com.kt.eventmarketing.participation.consent.MarketingConsents;
import com.kt.eventmarketing.participation.events.EventCatalog;
import com.kt.eventmarketing.participation.events.ListedEvent;
import com.kt.eventmarketing.participation.registration.Participants.Existing;
import com.kt.eventmarketing.participation.registration.Participants.Filter;
import com.kt.eventmarketing.participation.registration.Participants.Listed;
import com.kt.eventmarketing.participation.registration.Participants.NewEntry;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome.AlreadyEntered;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome.Entered;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entries of the public and the owner's view of them: one entry per phone per event, personal data protected. */
@Service
public class Registration {

    private final EventCatalog catalog;
    private final Participants participants;
    private final MarketingConsents consents;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Consent wording;

    Registration(
            EventCatalog catalog,
            Participants participants,
            MarketingConsents consents,
            PersonalDataCipher cipher,
            ApplicationEventPublisher publisher,
            Clock clock,
            ParticipationProperties properties) {
        this.catalog = catalog;
        this.participants = participants;
        this.consents = consents;
        this.cipher = cipher;
        this.publisher = publisher;
        this.clock = clock;
        this.wording = properties.consent();
    }

    /**
     * Enters the participant (the caller has applied the abuse limits): 404/410 when the event is unknown or not open. A
     * filled honeypot gets an answer shaped like success and stores nothing.
     */
    @Transactional
    public EntryOutcome register(RegisterParticipant command) {
        ListedEvent event = catalog.open(command.eventId());
        if (command.honeypot() != null && !command.honeypot().isEmpty()) {
            return new Entered(UUID.randomUUID(), participants.peekNextNumber(event.entrySequence()), false);
        }
        String phoneIndex = cipher.blindIndex(command.phone().digits(), MarketingConsents.PHONE_INDEX_CONTEXT);
        String email = command.marketingConsent()
                        && command.email() != null
                        && !command.email().isBlank()
                ? command.email().strip().toLowerCase(Locale.ROOT)
                : null;
        Instant now = clock.instant();
        UUID participantId = UUID.randomUUID();
        var inserted = participants.insert(new NewEntry(
                participantId,
                event.eventId(),
                event.storeId(),
                event.entrySequence(),
                command.channel(),
                command.name().value(),
                command.name().masked(),
                command.phone(),
                phoneIndex,
                email,
                command.submissionKey(),
                wording.privacyVersion(),
                command.marketingConsent(),
                command.marketingConsent() ? wording.marketingVersion() : null,
                now));
        if (inserted.isEmpty()) {
            return participants
                    .byPhone(event.eventId(), phoneIndex)
                    .filter(existing -> sameSubmission(existing, command))
                    .<EntryOutcome>map(existing -> new Entered(existing.participantId(), existing.entryNumber(), true))
                    .orElseGet(AlreadyEntered::new);
        }
        if (command.marketingConsent()) {
            consents.grant(
                    event.storeId(),
                    command.phone(),
                    phoneIndex,
                    email,
                    wording.marketingVersion(),
                    event.eventId(),
                    now);
        }
        publisher.publishEvent(ParticipantRegistered.of(
                participantId,
                event.eventId(),
                event.storeId(),
                inserted.get(),
                command.channel(),
                command.marketingConsent(),
                now));
        return new Entered(participantId, inserted.get(), false);
    }

    private static boolean sameSubmission(Existing existing, RegisterParticipant command) {
        return command.submissionKey() != null && Objects.equals(existing.submissionKey(), command.submissionKey());
    }

    /** A page of the owner's participants, masked. */
    public record Page(List<Listed> content, int page, int size, long totalElements) {
        public int totalPages() {
            return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        }
    }

    @Transactional(readOnly = true)
    public Page participants(UUID eventId, UUID storeId, Filter filter, int page, int size) {
        catalog.ownedBy(eventId, storeId);
        return new Page(
                participants.page(eventId, filter, page, size), page, size, participants.count(eventId, filter));
    }

    @Transactional(readOnly = true)
    public void export(UUID eventId, UUID storeId, Consumer<Listed> consumer) {
        catalog.ownedBy(eventId, storeId);
        participants.forEach(eventId, consumer);
    }

    /** Marks (or unmarks) a participant's store visit: it weighs in draws. */
    @Transactional
    public void markStoreVisit(UUID eventId, UUID storeId, UUID participantId, boolean visited) {
        ListedEvent event = catalog.ownedBy(eventId, storeId);
        if (!participants.markVisit(eventId, participantId, visited, clock.instant())) {
            throw ProblemException.notFound("Participant", participantId);
        }
        publisher.publishEvent(StoreVisitMarked.of(participantId, eventId, event.storeId(), visited));
    }
}
