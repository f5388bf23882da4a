package com.kt.eventmarketing.event.lifecycle.web;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.event.lifecycle.CreationSession;
import com.kt.eventmarketing.event.lifecycle.EventLifecycle;
import com.kt.eventmarketing.event.lifecycle.EventPage;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import com.kt.eventmarketing.event.lifecycle.domain.EventContent;
import com.kt.eventmarketing.event.lifecycle.domain.EventStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** §6 Event: the owner's events and their lifecycle. */
@RestController
@RequestMapping("/api/v1/events")
class EventController {

    // free text shown on public pages and images: no markup, no control characters except line breaks
    static final String TEXT = "^[^<>\\p{Cntrl}]*$";
    static final String MULTILINE_TEXT = "^[^<>\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";

    private final EventLifecycle lifecycle;

    EventController(EventLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping
    ResponseEntity<EventResponse> create(CurrentOwner owner, @Valid @RequestBody CreateRequest request) {
        Event draft = lifecycle.create(owner, request.objective());
        return ResponseEntity.created(URI.create("/api/v1/events/" + draft.eventId()))
                .body(EventResponse.of(draft));
    }

    @GetMapping
    PageResponse<EventResponse> list(
            CurrentOwner owner,
            @RequestParam(required = false) EventStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1) {
            throw ProblemException.invalid(
                    page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 or more");
        }
        EventPage events = lifecycle.list(owner, status, page, size);
        return new PageResponse<>(
                events.content().stream().map(EventResponse::of).toList(),
                events.page(),
                events.size(),
                events.totalElements(),
                events.totalPages());
    }

    /** The draft the owner is creating in the wizard, to come back to it; 404 when there is none. */
    @GetMapping("/session")
    CreationSession session(CurrentOwner owner) {
        return lifecycle
                .session(owner)
                .orElseThrow(() -> ProblemException.of(
                        ProblemException.Kind.NOT_FOUND,
                        "no-creation-session",
                        "You are not creating an event at the moment."));
    }

    @GetMapping("/{eventId}")
    EventResponse get(CurrentOwner owner, @PathVariable UUID eventId) {
        return EventResponse.of(lifecycle.get(owner, eventId));
    }

    @PutMapping("/{eventId}")
    EventResponse edit(CurrentOwner owner, @PathVariable UUID eventId, @Valid @RequestBody EditRequest request) {
        return EventResponse.of(lifecycle.edit(owner, eventId, request.content()));
    }

    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> delete(CurrentOwner owner, @PathVariable UUID eventId) {
        lifecycle.delete(owner, eventId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{eventId}/channels")
    EventResponse channels(
            CurrentOwner owner, @PathVariable UUID eventId, @Valid @RequestBody ChannelsRequest request) {
        return EventResponse.of(lifecycle.chooseChannels(owner, eventId, request.channels()));
    }

    @PostMapping("/{eventId}/publish")
    EventResponse publish(CurrentOwner owner, @PathVariable UUID eventId) {
        return EventResponse.of(lifecycle.publish(owner, eventId));
    }

    @PostMapping("/{eventId}/end")
    EventResponse end(CurrentOwner owner, @PathVariable UUID eventId) {
        return EventResponse.of(lifecycle.end(owner, eventId));
    }

    record CreateRequest(@NotNull(message = "is required") Objective objective) {}

    /**
     * The draft's content: name, description and period are replaced as given ({@code null} clears them);
     * {@code objective} and {@code channels} stay as they are when left out.
     */
    record EditRequest(
            @Size(max = Event.MAX_NAME_LENGTH)
            @Pattern(regexp = TEXT, message = "must not contain < > or control characters")
            String eventName,

            @Size(max = Event.MAX_DESCRIPTION_LENGTH)
            @Pattern(regexp = MULTILINE_TEXT, message = "must not contain < > or control characters")
            String description,

            Objective objective,
            LocalDate startDate,
            LocalDate endDate,
            @Size(max = 20) List<@NotNull(message = "must be a channel of the catalogue") Channel> channels) {

        EventContent content() {
            return new EventContent(eventName, description, objective, startDate, endDate, channels);
        }
    }

    record ChannelsRequest(
            @NotNull(message = "is required")
            List<@NotNull(message = "must be a channel of the catalogue") Channel> channels) {}

    /** §6 pages: {@code page} counts from 0. */
    record PageResponse<T>(List<T> content, int page, int size, long totalElements, long totalPages) {}
}
