package com.kt.eventmarketing.participation.registration;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.ParticipationProperties.Consent;
import com.kt.eventmarketing.participation.consent.MarketingConsents;
import com.kt.eventmarketing.participation.events.EventCatalog;
import com.kt.eventmarketing.participation.events.ListedEvent;
import com.kt.eventmarketing.participation.registration.Participants.Filter;
import com.kt.eventmarketing.participation.registration.Participants.Listed;
import com.kt.eventmarketing.participation.registration.Participants.NewEntry;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome;
import com.kt.eventmarketing.participation.registration.domain.EntryOutcome.Entered;
import com.kt.eventmarketing.participation.registration.domain.ParticipantIds;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
    private final EntryWriter writer;
    private final PersonalDataCipher cipher;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Consent wording;

    Registration(
            EventCatalog catalog,
            Participants participants,
            EntryWriter writer,
            PersonalDataCipher cipher,
            ApplicationEventPublisher publisher,
            Clock clock,
            ParticipationProperties properties) {
        this.catalog = catalog;
        this.participants = participants;
        this.writer = writer;
        this.cipher = cipher;
        this.publisher = publisher;
        this.clock = clock;
        this.wording = properties.consent();
    }

    /**
     * Enters the participant (the caller has applied the abuse limits): 404/410 when the event is unknown or not open. A
     * filled honeypot gets an answer shaped like success and stores nothing. The entry is written with the next batch of
     * the {@link EntryWriter}.
     */
    public EntryOutcome register(RegisterParticipant command) {
        ListedEvent event = catalog.openForEntries(command.eventId());
        if (command.honeypot() != null && !command.honeypot().isEmpty()) {
            return new Entered(ParticipantIds.next(), participants.peekNextNumber(event.entrySequence()), false);
        }
        String phoneIndex = cipher.blindIndex(command.phone().digits(), MarketingConsents.PHONE_INDEX_CONTEXT);
        String email = command.marketingConsent()
                        && command.email() != null
                        && !command.email().isBlank()
                ? command.email().strip().toLowerCase(Locale.ROOT)
                : null;
        return writer.write(new NewEntry(
                ParticipantIds.next(),
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
                clock.instant()));
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
