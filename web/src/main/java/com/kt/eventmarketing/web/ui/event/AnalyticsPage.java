package com.kt.eventmarketing.web.ui.event;

import com.kt.eventmarketing.web.ui.backend.Backend;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The event's live analytics: figures (views, participants, conversion, store visits, cost, expected revenue, ROI
 * against the plan's prediction) and three server-drawn charts. The page listens to {@code /live}, this edge's relay
 * of the analytics service's event stream, and on every {@code dashboard} message fetches the figures fragment
 * again.
 */
@Controller
class AnalyticsPage {

    private final Backend backend;
    private final OwnerEvents events;
    private final EventFormats formats;

    AnalyticsPage(Backend backend, OwnerEvents events, EventFormats formats) {
        this.backend = backend;
        this.events = events;
        this.formats = formats;
    }

    @GetMapping("/app/events/{eventId}/analytics")
    String page(@PathVariable UUID eventId, @RequestParam(required = false) String granularity, Model model) {
        var draft = events.open(eventId, "analytics", model);
        if (draft.isPresent()) {
            return draft.get();
        }
        figures(eventId, granularity, model);
        return "ui/event/analytics";
    }

    @GetMapping("/app/events/{eventId}/analytics/fragment")
    String fragment(@PathVariable UUID eventId, @RequestParam(required = false) String granularity, Model model) {
        model.addAttribute("eventId", eventId);
        figures(eventId, granularity, model);
        return "ui/event/analytics :: figures";
    }

    /**
     * Relays the analytics service's Server-Sent Events for this owner's event, byte for byte and flushed as they
     * come. It ends when either side closes: the browser going away is noticed at the next message or heartbeat
     * (every 15 s), and closing the service's stream then ends the subscription there. Streams run on virtual
     * threads, so a held request costs no platform thread.
     */
    @GetMapping("/app/events/{eventId}/live")
    void live(@PathVariable UUID eventId, HttpServletResponse response) {
        backend.to(Backend.ANALYTICS)
                .streaming()
                .header(HttpHeaders.ACCEPT, "text/event-stream")
                .download(
                        "/api/v1/analytics/events/{id}/stream",
                        headers -> {
                            response.setContentType("text/event-stream;charset=UTF-8");
                            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                            response.setHeader("X-Accel-Buffering", "no");
                            try {
                                response.flushBuffer();
                            } catch (IOException browserGone) {
                                throw new UncheckedIOException(browserGone);
                            }
                        },
                        body -> Relay.copy(body, response.getOutputStream(), true),
                        eventId);
    }

    private void figures(UUID eventId, String granularity, Model model) {
        String grain = "HOUR".equals(granularity) ? "HOUR" : "DAY";
        Map<String, Object> dashboard = backend.to(Backend.ANALYTICS)
                .get("/api/v1/analytics/events/{id}/dashboard?granularity={g}", eventId, grain)
                .map();
        @SuppressWarnings("unchecked")
        Map<String, Object> summary =
                dashboard.get("summary") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        @SuppressWarnings("unchecked")
        Map<String, Object> predicted =
                summary.get("predicted") instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        List<Map<String, Object>> timeline = maps(dashboard.get("timeline"));
        List<Map<String, Object>> channels = maps(dashboard.get("channels"));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("summary", summary);
        model.addAttribute("predicted", predicted);
        model.addAttribute("granularity", grain);
        model.addAttribute("timeline", timeline);
        model.addAttribute("channels", channels);
        Long predictedParticipants =
                predicted != null && predicted.get("participants") instanceof Number n ? n.longValue() : null;
        model.addAttribute(
                "timelineChart",
                DashboardCharts.timeline(
                        timeline, grain, predictedParticipants, dashboard.get("startDate"), dashboard.get("endDate")));
        model.addAttribute("channelChart", DashboardCharts.channels(channels));
        model.addAttribute(
                "roiChart",
                DashboardCharts.roi(
                        predicted == null ? null : (Number) predicted.get("roi"),
                        (Number) summary.get("roi"),
                        formats));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value instanceof List<?> list
                ? list.stream()
                        .filter(Map.class::isInstance)
                        .map(m -> (Map<String, Object>) m)
                        .toList()
                : List.of();
    }
}
