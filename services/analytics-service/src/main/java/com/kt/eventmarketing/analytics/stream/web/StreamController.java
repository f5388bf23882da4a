package com.kt.eventmarketing.analytics.stream.web;

import com.kt.eventmarketing.analytics.dashboard.Dashboards;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Granularity;
import com.kt.eventmarketing.analytics.stream.DashboardStreams;
import com.kt.eventmarketing.common.security.CurrentOwner;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * §6 Analytics: {@code GET /api/v1/analytics/events/{eventId}/stream}, Server-Sent Events. The first
 * {@code dashboard} event is the dashboard as it is; the next ones follow each change (coalesced);
 * comment lines keep the connection alive. Another owner's event is 404 before any stream opens.
 */
@RestController
class StreamController {

    private final Dashboards dashboards;
    private final DashboardStreams streams;

    StreamController(Dashboards dashboards, DashboardStreams streams) {
        this.dashboards = dashboards;
        this.streams = streams;
    }

    @GetMapping(path = "/api/v1/analytics/events/{eventId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID eventId, CurrentOwner owner) {
        return streams.open(dashboards.dashboard(eventId, owner, Granularity.DAY));
    }
}
