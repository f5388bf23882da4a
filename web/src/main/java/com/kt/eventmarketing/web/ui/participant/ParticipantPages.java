package com.kt.eventmarketing.web.ui.participant;

import com.kt.eventmarketing.web.ui.EntryChannels;
import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages participants see, without an account: the event with its entry form ({@code /e/{eventId}?ch=…}, where
 * the QR codes point), the confirmation with the entry number, and the winners with how to verify the draw. Plain
 * forms, posted and redirected (POST/redirect/GET); a resubmitted form carries the same idempotency key, so it cannot
 * enter twice.
 */
@Controller
class ParticipantPages {

    static final Set<String> CHANNELS = Set.copyOf(EntryChannels.ALL);
    static final List<String> FIELDS = List.of("name", "phoneNumber", "email", "privacyConsent");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern MASKED_NAME = Pattern.compile("[\\p{L} .'·*-]{1,30}");

    private final Backend backend;
    private final PublicEvents events;
    private final MessageSource messages;

    ParticipantPages(Backend backend, PublicEvents events, MessageSource messages) {
        this.backend = backend;
        this.events = events;
        this.messages = messages;
    }

    // ---- the event and its entry form

    @GetMapping("/e/{eventId}")
    String event(
            @PathVariable String eventId,
            @RequestParam(required = false) String ch,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        UUID id = eventIdOrNotFound(eventId);
        String channel = ch == null || ch.isBlank() || ch.length() > 40 ? null : ch.strip();
        try {
            Map<String, Object> event = events.view(id, channel);
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("name", "");
            form.put("phoneNumber", "");
            form.put("email", "");
            form.put("privacyConsent", false);
            form.put("marketingConsent", false);
            form.put("channel", knownChannel(event.get("channel")));
            return entryForm(id, event, form, Map.of(), null, model, locale);
        } catch (BackendProblem problem) {
            return notOpen(id, problem, response, model, locale);
        }
    }

    @PostMapping("/e/{eventId}")
    String enter(
            @PathVariable String eventId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String phoneNumber,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) String privacyConsent,
            @RequestParam(required = false) String marketingConsent,
            @RequestParam(defaultValue = "") String website,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String key,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        UUID id = eventIdOrNotFound(eventId);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name.strip());
        form.put("phoneNumber", phoneNumber.strip());
        form.put("email", email.strip());
        form.put("privacyConsent", privacyConsent != null);
        form.put("marketingConsent", marketingConsent != null);
        form.put("channel", knownChannel(channel));
        form.put("key", key != null && KEY.matcher(key).matches() ? key : null);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.get("name"));
        body.put("phoneNumber", form.get("phoneNumber"));
        body.put("channel", form.get("channel"));
        body.put("privacyConsent", privacyConsent != null);
        body.put("marketingConsent", marketingConsent != null);
        body.put("email", email.isBlank() ? null : email.strip());
        body.put("website", website.isEmpty() ? null : website.length() > 200 ? website.substring(0, 200) : website);
        try {
            var call = backend.to(Backend.PARTICIPATION).anonymously();
            if (form.get("key") != null) {
                call.header("Idempotency-Key", (String) form.get("key"));
            }
            Map<String, Object> entered = call.post("/api/v1/public/events/{id}/participants", body, id)
                    .map();
            String target = UriComponentsBuilder.fromPath("/e/{id}/entered")
                    .queryParam("n", entered.get("entryNumber"))
                    .queryParam("m", entered.get("name"))
                    .encode()
                    .buildAndExpand(id)
                    .toUriString();
            return "redirect:" + target;
        } catch (BackendProblem problem) {
            return switch (problem.status()) {
                case 400 -> {
                    Map<String, String> errors = new LinkedHashMap<>();
                    problem.fieldErrors()
                            .keySet()
                            .forEach(field -> errors.put(
                                    FIELDS.contains(field) ? field : "form",
                                    messages.getMessage(
                                            "public.error." + (FIELDS.contains(field) ? field : "form"),
                                            null,
                                            locale)));
                    if (errors.isEmpty()) {
                        errors.put("form", messages.getMessage("public.error.form", null, locale));
                    }
                    response.setStatus(422);
                    yield entryFormAgain(id, form, errors, null, model, locale);
                }
                case 409 -> {
                    model.addAttribute("eventId", id);
                    model.addAttribute("event", events.about(id).orElse(null));
                    response.setStatus(409);
                    yield "ui/participant/already";
                }
                case 429 -> {
                    response.setStatus(429);
                    yield entryFormAgain(id, form, Map.of(), tooMany(problem, locale), model, locale);
                }
                case 410 -> notOpen(id, problem, response, model, locale);
                default -> throw problem;
            };
        }
    }

    private String entryFormAgain(
            UUID id, Map<String, Object> form, Map<String, String> errors, String problem, Model model, Locale locale) {
        Map<String, Object> event;
        try {
            event = events.recentOrView(id, (String) form.get("channel"));
        } catch (BackendProblem gone) {
            return notOpen(id, gone, null, model, locale);
        }
        return entryForm(id, event, form, errors, problem, model, locale);
    }

    private String entryForm(
            UUID id,
            Map<String, Object> event,
            Map<String, Object> form,
            Map<String, String> errors,
            String problem,
            Model model,
            Locale locale) {
        // a fresh key for every form shown: one submission = one key, a resubmission of the same form = same key
        form.put("key", UUID.randomUUID().toString());
        model.addAttribute("eventId", id);
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("period", period(event, locale));
        Object imageUrl = event.get("imageUrl");
        if (imageUrl instanceof String url && !url.isBlank()) {
            int[] size = events.imageSize(url);
            model.addAttribute("image", Map.of("url", url, "width", size[0], "height", size[1]));
        }
        return "ui/participant/event";
    }

    /** 410: the event is not open (yet / any more); 404 and the rest go to the common error page. */
    private String notOpen(UUID id, BackendProblem problem, HttpServletResponse response, Model model, Locale locale) {
        model.addAttribute("eventId", id);
        if (problem.status() == 429 && response != null) {
            response.setStatus(429);
            model.addAttribute("message", tooMany(problem, locale));
            return "ui/participant/busy";
        }
        if (problem.status() != 410) {
            throw problem;
        }
        if (response != null) {
            response.setStatus(410);
        }
        boolean notStarted = "event-not-started".equals(problem.code());
        Map<String, Object> about = events.about(id).orElse(null);
        model.addAttribute("eventId", id);
        model.addAttribute("event", about);
        model.addAttribute("notStarted", notStarted);
        model.addAttribute(
                "startsOn", notStarted && about != null ? PublicDates.day(about.get("startDate"), locale) : null);
        return "ui/participant/closed";
    }

    // ---- the confirmation

    @GetMapping("/e/{eventId}/entered")
    String entered(
            @PathVariable String eventId,
            @RequestParam(name = "n", required = false) Long entryNumber,
            @RequestParam(name = "m", required = false) String maskedName,
            Model model,
            Locale locale) {
        UUID id = eventIdOrNotFound(eventId);
        Optional<Map<String, Object>> event = events.about(id);
        model.addAttribute("eventId", id);
        model.addAttribute("event", event.orElse(null));
        model.addAttribute("entryNumber", entryNumber != null && entryNumber > 0 ? entryNumber : null);
        model.addAttribute(
                "maskedName",
                maskedName != null && MASKED_NAME.matcher(maskedName).matches() ? maskedName : null);
        model.addAttribute(
                "endsOn",
                event.map(e -> PublicDates.day(e.get("endDate"), locale)).orElse(null));
        return "ui/participant/entered";
    }

    // ---- the winners and how to verify the draw

    @GetMapping("/e/{eventId}/winners")
    String winners(@PathVariable String eventId, Model model, Locale locale) {
        UUID id = eventIdOrNotFound(eventId);
        List<Map<String, Object>> draws = backend.to(Backend.PARTICIPATION)
                .anonymously()
                .get("/api/v1/public/events/{id}/winners", id)
                .list();
        List<Map<String, Object>> newestFirst = new ArrayList<>(draws);
        Collections.reverse(newestFirst);
        for (Map<String, Object> draw : newestFirst) {
            draw.put("drawnAtText", PublicDates.time(draw.get("drawnAt"), locale));
            draw.put("entriesCsv", "/api/v1/public/events/" + id + "/draws/" + draw.get("drawNumber") + "/entries.csv");
        }
        // the event's name and, before the first draw, the seed commitment that was fixed at publication
        Map<String, Object> event = events.about(id).orElse(null);
        String commitment = newestFirst.isEmpty() && event != null ? (String) event.get("seedCommitment") : null;
        model.addAttribute("eventId", id);
        model.addAttribute("event", event);
        model.addAttribute("draws", newestFirst);
        model.addAttribute("latest", newestFirst.isEmpty() ? null : newestFirst.getFirst());
        model.addAttribute("earlier", newestFirst.size() > 1 ? newestFirst.subList(1, newestFirst.size()) : List.of());
        model.addAttribute("commitment", commitment);
        return "ui/participant/winners";
    }

    // ----

    private String tooMany(BackendProblem problem, Locale locale) {
        long seconds = problem.retryAfterSeconds() == null ? 60 : Math.max(1, problem.retryAfterSeconds());
        return messages.getMessage("public.error.tooMany", new Object[] {seconds}, locale);
    }

    private Map<String, String> period(Map<String, Object> event, Locale locale) {
        return Map.of(
                "start", PublicDates.day(event.get("startDate"), locale),
                "end", PublicDates.day(event.get("endDate"), locale));
    }

    static UUID eventIdOrNotFound(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            throw new BackendProblem(404, "not-found", "No such page", Map.of(), null);
        }
    }

    private static String knownChannel(Object channel) {
        if (channel == null) {
            return null;
        }
        String name = channel.toString().strip().toUpperCase(Locale.ROOT);
        return CHANNELS.contains(name) ? name : null;
    }
}
