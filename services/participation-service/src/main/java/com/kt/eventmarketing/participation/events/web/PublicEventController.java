package com.kt.eventmarketing.participation.events.web;

import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.participation.ParticipationProperties;
import com.kt.eventmarketing.participation.ParticipationProperties.Consent;
import com.kt.eventmarketing.participation.events.EventCatalog;
import com.kt.eventmarketing.participation.events.ListedEvent;
import com.kt.eventmarketing.participation.events.domain.EventWindow.Openness;
import com.kt.eventmarketing.participation.limits.AbuseLimits;
import com.kt.eventmarketing.participation.views.PageViews;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** §6 the public page of an open event; every answer counts a view. */
@RestController
class PublicEventController {

    private final EventCatalog catalog;
    private final PageViews views;
    private final AbuseLimits limits;
    private final Consent consent;

    PublicEventController(
            EventCatalog catalog, PageViews views, AbuseLimits limits, ParticipationProperties properties) {
        this.catalog = catalog;
        this.views = views;
        this.limits = limits;
        this.consent = properties.consent();
    }

    @GetMapping("/api/v1/public/events/{eventId}")
    PublicEvent view(
            @PathVariable UUID eventId,
            @RequestParam(name = "ch", required = false) String ch,
            HttpServletRequest request) {
        limits.view(request.getRemoteAddr());
        ListedEvent event = catalog.open(eventId);
        EntryChannel channel = EntryChannel.fromParameter(ch);
        views.viewed(event.eventId(), event.storeId(), channel);
        return new PublicEvent(
                event.eventId(),
                event.eventName(),
                event.description(),
                event.prize(),
                event.startDate(),
                event.endDate(),
                event.imageUrl(),
                new Store(event.storeId(), event.storeName()),
                channel,
                event.seedCommitment(),
                new Consents(
                        new ConsentText(consent.privacyVersion(), consent.privacyText(), true),
                        new ConsentText(consent.marketingVersion(), consent.marketingText(), false)));
    }

    /**
     * The public facts of an event whether or not it is open, counting no view: for the pages around the entry
     * (confirmation, closed, winners) that show the event again. 404 for an event that is unknown or was never
     * published. {@code openness} says whether entries are taken today (Asia/Seoul).
     */
    @GetMapping("/api/v1/public/events/{eventId}/about")
    AboutEvent about(@PathVariable UUID eventId, HttpServletRequest request) {
        limits.view(request.getRemoteAddr());
        ListedEvent event = catalog.published(eventId);
        return new AboutEvent(
                event.eventId(),
                event.eventName(),
                event.prize(),
                event.startDate(),
                event.endDate(),
                event.imageUrl(),
                new Store(event.storeId(), event.storeName()),
                event.seedCommitment(),
                event.window().on(catalog.today()));
    }

    record AboutEvent(
            UUID eventId,
            String eventName,
            String benefit,
            LocalDate startDate,
            LocalDate endDate,
            String imageUrl,
            Store store,
            String seedCommitment,
            Openness openness) {}

    record PublicEvent(
            UUID eventId,
            String eventName,
            String description,
            String benefit,
            LocalDate startDate,
            LocalDate endDate,
            String imageUrl,
            Store store,
            EntryChannel channel,
            String seedCommitment,
            Consents consents) {}

    record Store(UUID storeId, String storeName) {}

    record Consents(ConsentText privacy, ConsentText marketing) {}

    record ConsentText(String version, String text, boolean required) {}
}
