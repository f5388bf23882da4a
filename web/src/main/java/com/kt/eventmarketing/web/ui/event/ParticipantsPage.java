package com.kt.eventmarketing.web.ui.event;

import com.kt.eventmarketing.web.ui.EntryChannels;
import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.session.HtmxRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The event's participants, always masked: search by masked name or the phone's last digits, filter by channel and
 * store visit, page through, mark a visit in place, and download everything as CSV (streamed from the participation
 * service, never held here).
 */
@Controller
class ParticipantsPage {

    static final List<String> ENTRY_CHANNELS = EntryChannels.ALL;
    static final int PAGE_SIZE = 20;

    private final Backend backend;
    private final OwnerEvents events;

    ParticipantsPage(Backend backend, OwnerEvents events) {
        this.backend = backend;
        this.events = events;
    }

    @GetMapping("/app/events/{eventId}/participants")
    String list(
            @PathVariable UUID eventId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String visited,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        boolean fragment = HtmxRequests.isHtmx(request) && request.getHeader("HX-History-Restore-Request") == null;
        if (fragment) {
            model.addAttribute("eventId", eventId);
        } else {
            var draft = events.open(eventId, "participants", model);
            if (draft.isPresent()) {
                return draft.get();
            }
        }
        String query = q == null ? "" : q.strip();
        if (query.length() > 30) {
            query = query.substring(0, 30);
        }
        String entryChannel = channel != null && ENTRY_CHANNELS.contains(channel) ? channel : "";
        String visit = "true".equals(visited) || "false".equals(visited) ? visited : "";
        int safePage = Math.max(0, Math.min(page, 100_000));

        StringBuilder path = new StringBuilder("/api/v1/events/{id}/participants?page={page}&size={size}");
        List<Object> variables = new ArrayList<>(List.of(eventId, safePage, PAGE_SIZE));
        if (!query.isEmpty()) {
            path.append("&q={q}");
            variables.add(query);
        }
        if (!entryChannel.isEmpty()) {
            path.append("&channel={channel}");
            variables.add(entryChannel);
        }
        if (!visit.isEmpty()) {
            path.append("&storeVisited={visited}");
            variables.add(visit);
        }
        Map<String, Object> result = backend.to(Backend.PARTICIPATION)
                .get(path.toString(), variables.toArray())
                .map();
        model.addAttribute("participants", result.getOrDefault("content", List.of()));
        model.addAttribute("page", result);
        model.addAttribute("q", query);
        model.addAttribute("channel", entryChannel);
        model.addAttribute("visited", visit);
        model.addAttribute("filtered", !query.isEmpty() || !entryChannel.isEmpty() || !visit.isEmpty());
        model.addAttribute("channels", ENTRY_CHANNELS);
        return fragment ? "ui/event/participants :: results" : "ui/event/participants";
    }

    /** Marks (or unmarks) a store visit and answers the toggle as it now is. */
    @PostMapping("/app/events/{eventId}/participants/{participantId}/store-visit")
    String storeVisit(
            @PathVariable UUID eventId,
            @PathVariable UUID participantId,
            @RequestParam boolean visited,
            HttpServletRequest request,
            Model model) {
        backend.to(Backend.PARTICIPATION)
                .put(
                        "/api/v1/events/{id}/participants/{pid}/store-visit",
                        Map.of("visited", visited),
                        eventId,
                        participantId);
        if (!HtmxRequests.isHtmx(request)) {
            return "redirect:/app/events/" + eventId + "/participants";
        }
        model.addAttribute("eventId", eventId);
        model.addAttribute("p", Map.of("participantId", participantId, "storeVisited", visited));
        model.addAttribute("justChanged", true);
        return "ui/event/participants :: visit";
    }

    /** The participation service's CSV (UTF-8 with BOM, masked), copied through as it arrives. */
    @GetMapping("/app/events/{eventId}/participants.csv")
    void csv(@PathVariable UUID eventId, HttpServletResponse response) {
        backend.to(Backend.PARTICIPATION)
                .streaming()
                .download(
                        "/api/v1/events/{id}/participants.csv",
                        headers -> {
                            response.setContentType(
                                    headers.getContentType() == null
                                            ? "text/csv; charset=UTF-8"
                                            : headers.getContentType().toString());
                            String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
                            response.setHeader(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    disposition != null
                                            ? disposition
                                            : "attachment; filename=\"participants-" + eventId + ".csv\"");
                            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                        },
                        body -> Relay.copy(body, response.getOutputStream(), false),
                        eventId);
    }
}
