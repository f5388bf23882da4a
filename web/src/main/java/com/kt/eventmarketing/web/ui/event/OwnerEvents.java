package com.kt.eventmarketing.web.ui.event;

import com.kt.eventmarketing.web.ui.backend.Backend;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The event every tab of the event page starts from: read as the owner (another store's event is a 404, which the
 * not-found page shows), put into the model with the tab for the page's header, or — a draft — the way back into
 * the wizard.
 */
@Component
class OwnerEvents {

    private final Backend backend;

    OwnerEvents(Backend backend) {
        this.backend = backend;
    }

    Map<String, Object> load(UUID eventId) {
        return backend.to(Backend.EVENT).get("/api/v1/events/{id}", eventId).map();
    }

    /**
     * Loads the event into the model for the tab; a redirect to the wizard if it is still a draft, else empty (the
     * tab renders).
     */
    Optional<String> open(UUID eventId, String tab, Model model) {
        Map<String, Object> event = load(eventId);
        if ("DRAFT".equals(event.get("status"))) {
            return Optional.of("redirect:/app/events/" + eventId + "/wizard");
        }
        model.addAttribute("event", event);
        model.addAttribute("eventId", eventId);
        model.addAttribute("tab", tab);
        return Optional.empty();
    }
}
