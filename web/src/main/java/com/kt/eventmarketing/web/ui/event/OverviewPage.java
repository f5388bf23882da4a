package com.kt.eventmarketing.web.ui.event;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import com.kt.eventmarketing.web.ui.session.HtmxRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The event page's overview: name, status, period, benefit, the chosen image, the public link to share, key figures,
 * and ending the event early.
 */
@Controller
class OverviewPage {

    private final Backend backend;
    private final OwnerEvents events;

    OverviewPage(Backend backend, OwnerEvents events) {
        this.backend = backend;
        this.events = events;
    }

    @GetMapping("/app/events/{eventId}")
    String overview(
            @PathVariable UUID eventId,
            @RequestParam(required = false) String ended,
            HttpServletRequest request,
            Model model) {
        var draft = events.open(eventId, "overview", model);
        if (draft.isPresent()) {
            return draft.get();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) model.getAttribute("event");
        model.addAttribute("justEnded", ended != null && "ENDED".equals(event.get("status")));
        model.addAttribute(
                "publicLink",
                ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/e/{id}")
                        .buildAndExpand(eventId)
                        .toUriString());
        model.addAttribute("benefit", benefit(eventId, event.get("selectedRecommendationId")));
        try {
            Map<String, Object> dashboard = backend.to(Backend.ANALYTICS)
                    .get("/api/v1/analytics/events/{id}/dashboard", eventId)
                    .map();
            model.addAttribute("summary", dashboard.get("summary"));
        } catch (BackendProblem unavailable) {
            model.addAttribute("figuresUnavailable", true);
        }
        return "ui/event/overview";
    }

    /** Ends the event now; an event already ended is simply shown as it is. */
    @PostMapping("/app/events/{eventId}/end")
    String end(@PathVariable UUID eventId, HttpServletRequest request, HttpServletResponse response) {
        try {
            backend.to(Backend.EVENT).post("/api/v1/events/{id}/end", null, eventId);
        } catch (BackendProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            // event-already-ended: shown as ENDED; event-not-published: the overview sends a draft to the wizard
        }
        String target = "/app/events/" + eventId + "?ended";
        if (HtmxRequests.isHtmx(request)) {
            response.setHeader("HX-Redirect", target);
            return "ui/fragments :: empty";
        }
        return "redirect:" + target;
    }

    /** The chosen plan's prize, if the owner chose a plan; the benefit is a bonus line, never a reason to fail. */
    private String benefit(UUID eventId, Object selectedRecommendationId) {
        if (selectedRecommendationId == null) {
            return null;
        }
        try {
            List<Map<String, Object>> plans = backend.to(Backend.EVENT)
                    .get("/api/v1/events/{id}/ai-recommendations", eventId)
                    .list();
            return plans.stream()
                    .filter(plan -> selectedRecommendationId.equals(plan.get("recommendationId")))
                    .map(plan -> (String) plan.get("prize"))
                    .findFirst()
                    .orElse(null);
        } catch (BackendProblem unavailable) {
            return null;
        }
    }
}
