package com.kt.eventmarketing.web.ui.event;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Each chosen channel's distribution: its status, what went out and where, a retry for a failed one, when a channel
 * held back by the quiet hours (21:00–08:00) will go. The cards refresh themselves every few seconds while a channel
 * is still on its way and stop once all are settled.
 */
@Controller
class DistributionPage {

    static final Set<String> CHANNELS =
            Set.of("URIDONGNE_TV", "RINGO_BIZ", "GENIE_TV", "INSTAGRAM", "NAVER_BLOG", "KAKAO_CHANNEL", "SMS", "EMAIL");

    /** A held channel due later than this is not worth polling for. */
    private static final Duration SOON = Duration.ofMinutes(1);

    private final Backend backend;
    private final OwnerEvents events;

    DistributionPage(Backend backend, OwnerEvents events) {
        this.backend = backend;
        this.events = events;
    }

    @GetMapping("/app/events/{eventId}/distribution")
    String page(@PathVariable UUID eventId, Model model) {
        var draft = events.open(eventId, "distribution", model);
        if (draft.isPresent()) {
            return draft.get();
        }
        status(eventId, model);
        return "ui/event/distribution";
    }

    @GetMapping("/app/events/{eventId}/distribution/status")
    String fragment(@PathVariable UUID eventId, Model model) {
        model.addAttribute("eventId", eventId);
        status(eventId, model);
        return "ui/event/distribution :: status";
    }

    @PostMapping("/app/events/{eventId}/distribution/{channel}/retry")
    String retry(
            @PathVariable UUID eventId,
            @PathVariable String channel,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        if (!CHANNELS.contains(channel)) {
            throw new BackendProblem(404, "unknown-channel", null, Map.of(), null);
        }
        try {
            backend.to(Backend.DISTRIBUTION)
                    .post("/api/v1/distributions/events/{id}/channels/{channel}/retry", null, eventId, channel);
            model.addAttribute("retried", channel);
        } catch (BackendProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            model.addAttribute("retryRefused", true); // already sent or already on its way: the cards say which
        }
        if (!com.kt.eventmarketing.web.ui.session.HtmxRequests.isHtmx(request)) {
            return "redirect:/app/events/" + eventId + "/distribution";
        }
        return fragment(eventId, model);
    }

    private void status(UUID eventId, Model model) {
        Map<String, Object> distribution;
        try {
            distribution = backend.to(Backend.DISTRIBUTION)
                    .get("/api/v1/distributions/events/{id}", eventId)
                    .map();
        } catch (BackendProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            // the event page already checked the owner: the distribution service has not heard of the event yet
            model.addAttribute("preparing", true);
            model.addAttribute("polling", true);
            return;
        }
        model.addAttribute("distribution", distribution);
        List<?> channels = distribution.get("channels") instanceof List<?> list ? list : List.of();
        Instant soon = Instant.now().plus(SOON);
        boolean moving = channels.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .anyMatch(c -> "IN_PROGRESS".equals(c.get("status"))
                        || ("PENDING".equals(c.get("status")) && dueBefore(c.get("scheduledAt"), soon)));
        model.addAttribute("polling", moving);
        model.addAttribute(
                "simulated",
                channels.stream()
                        .filter(Map.class::isInstance)
                        .map(Map.class::cast)
                        .anyMatch(c -> Boolean.TRUE.equals(c.get("simulated"))));
    }

    private static boolean dueBefore(Object scheduledAt, Instant soon) {
        Instant at = EventFormats.instant(scheduledAt);
        return at == null || at.isBefore(soon);
    }
}
