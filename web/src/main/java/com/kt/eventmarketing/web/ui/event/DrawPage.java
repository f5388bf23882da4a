package com.kt.eventmarketing.web.ui.event;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Drawing winners: the form (how many, how much a store visit weighs, whether earlier winners may win again), the
 * latest result with what makes it verifiable (the seed commitment published before any entry, the revealed seeds,
 * the hash of the frozen entry list), the whole draw history, and per winner the audited phone reveal and "prize
 * delivered".
 */
@Controller
class DrawPage {

    private final Backend backend;
    private final OwnerEvents events;
    private final MessageSource messages;

    DrawPage(Backend backend, OwnerEvents events, MessageSource messages) {
        this.backend = backend;
        this.events = events;
        this.messages = messages;
    }

    @GetMapping("/app/events/{eventId}/draw")
    String page(@PathVariable UUID eventId, @RequestParam(required = false) Integer drawn, Model model) {
        var draft = events.open(eventId, "draw", model);
        if (draft.isPresent()) {
            return draft.get();
        }
        model.addAttribute(
                "form", Map.of("winnerCount", "1", "storeVisitWeight", "1", "excludePreviousWinners", false));
        model.addAttribute("drawn", drawn);
        history(eventId, model);
        return "ui/event/draw";
    }

    @PostMapping("/app/events/{eventId}/draws")
    String draw(
            @PathVariable UUID eventId,
            @RequestParam(defaultValue = "") String winnerCount,
            @RequestParam(defaultValue = "") String storeVisitWeight,
            @RequestParam(defaultValue = "false") boolean excludePreviousWinners,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer count = whole(winnerCount, 1, 1000);
        if (count == null) {
            errors.put("winnerCount", messages.getMessage("event.draw.error.winnerCount", null, locale));
        }
        Integer weight = storeVisitWeight.isBlank() ? Integer.valueOf(1) : whole(storeVisitWeight, 1, 100);
        if (weight == null) {
            errors.put("storeVisitWeight", messages.getMessage("event.draw.error.storeVisitWeight", null, locale));
        }
        String problem = null;
        if (errors.isEmpty()) {
            try {
                Map<String, Object> result = backend.to(Backend.PARTICIPATION)
                        .post(
                                "/api/v1/events/{id}/draws",
                                Map.of(
                                        "winnerCount", count,
                                        "storeVisitWeight", weight,
                                        "excludePreviousWinners", excludePreviousWinners),
                                eventId)
                        .map();
                return "redirect:/app/events/" + eventId + "/draw?drawn=" + result.get("drawNumber") + "#draw-"
                        + result.get("drawNumber");
            } catch (BackendProblem refused) {
                if (refused.status() == 400) {
                    for (String field : refused.fieldErrors().keySet()) {
                        if (field.equals("winnerCount") || field.equals("storeVisitWeight")) {
                            errors.put(field, messages.getMessage("event.draw.error." + field, null, locale));
                        }
                    }
                    if (errors.isEmpty()) {
                        problem = messages.getMessage("event.draw.error.invalid", null, locale);
                    }
                } else if (refused.status() == 409) {
                    String code =
                            "entries-still-open".equals(refused.code()) || "no-eligible-entries".equals(refused.code())
                                    ? refused.code()
                                    : "conflict";
                    problem = messages.getMessage("event.draw.error." + code, null, locale);
                } else {
                    throw refused;
                }
            }
        }
        var draft = events.open(eventId, "draw", model);
        if (draft.isPresent()) {
            return draft.get();
        }
        Map<String, Object> form = new HashMap<>();
        form.put("winnerCount", winnerCount);
        form.put("storeVisitWeight", storeVisitWeight);
        form.put("excludePreviousWinners", excludePreviousWinners);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        history(eventId, model);
        response.setStatus(422);
        return "ui/event/draw";
    }

    /** Shows one winner's full number, once, in place; the participation service records who asked and why. */
    @PostMapping("/app/events/{eventId}/participants/{participantId}/phone-reveal")
    String reveal(
            @PathVariable UUID eventId,
            @PathVariable UUID participantId,
            @RequestParam(defaultValue = "") String reason,
            HttpServletResponse response,
            Locale locale,
            Model model) {
        model.addAttribute("eventId", eventId);
        model.addAttribute("w", Map.of("participantId", participantId));
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            model.addAttribute("revealError", messages.getMessage("event.draw.reveal.error.reason", null, locale));
            model.addAttribute("reason", reason);
            response.setStatus(422);
            return "ui/event/draw :: reveal";
        }
        try {
            Map<String, Object> revealed = backend.to(Backend.PARTICIPATION)
                    .post(
                            "/api/v1/events/{id}/participants/{pid}/phone-reveal",
                            Map.of("reason", why),
                            eventId,
                            participantId)
                    .map();
            model.addAttribute("phoneNumber", revealed.get("phoneNumber"));
            return "ui/event/draw :: revealed";
        } catch (BackendProblem problem) {
            if (problem.status() == 410) {
                model.addAttribute("revealGone", true);
                return "ui/event/draw :: revealed";
            }
            if (problem.status() == 400) {
                model.addAttribute("revealError", messages.getMessage("event.draw.reveal.error.reason", null, locale));
                model.addAttribute("reason", reason);
                response.setStatus(422);
                return "ui/event/draw :: reveal";
            }
            throw problem;
        }
    }

    @PostMapping("/app/events/{eventId}/participants/{participantId}/prize-delivered")
    String prizeDelivered(@PathVariable UUID eventId, @PathVariable UUID participantId, Model model) {
        backend.to(Backend.PARTICIPATION)
                .put("/api/v1/events/{id}/participants/{pid}/prize-delivered", null, eventId, participantId);
        model.addAttribute("eventId", eventId);
        model.addAttribute(
                "w",
                Map.of(
                        "participantId",
                        participantId,
                        "prizeDeliveredAt",
                        java.time.Instant.now().toString()));
        return "ui/event/draw :: delivery";
    }

    private void history(UUID eventId, Model model) {
        List<Map<String, Object>> draws = new ArrayList<>(backend.to(Backend.PARTICIPATION)
                .get("/api/v1/events/{id}/draws", eventId)
                .list());
        java.util.Collections.reverse(draws); // newest first; every draw stays listed
        model.addAttribute("draws", draws);
        // whether each winner's SMS went out: a bonus, the page stands without it
        Map<String, Object> notices = new HashMap<>();
        if (!draws.isEmpty()) {
            try {
                for (Map<String, Object> notice : backend.to(Backend.DISTRIBUTION)
                        .get("/api/v1/distributions/events/{id}/winner-notices", eventId)
                        .list()) {
                    notices.put(notice.get("drawId") + ":" + notice.get("participantId"), notice);
                }
            } catch (BackendProblem unavailable) {
                model.addAttribute("noticesUnavailable", true);
            }
        }
        model.addAttribute("notices", notices);
    }

    private static Integer whole(String text, int min, int max) {
        String value = text.strip();
        if (!value.matches("\\d{1,7}")) {
            return null;
        }
        int number = Integer.parseInt(value);
        return number < min || number > max ? null : number;
    }
}
