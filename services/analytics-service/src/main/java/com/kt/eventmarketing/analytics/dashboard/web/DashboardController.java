package com.kt.eventmarketing.analytics.dashboard.web;

import com.kt.eventmarketing.analytics.dashboard.Dashboards;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Granularity;
import com.kt.eventmarketing.analytics.dashboard.OwnerSummary;
import com.kt.eventmarketing.common.security.CurrentOwner;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** §6 Analytics: the owner's dashboards and their CSV export. */
@RestController
@RequestMapping("/api/v1/analytics")
class DashboardController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Dashboards dashboards;

    DashboardController(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    /** Summary, channels and timeline of one event; {@code granularity} HOUR or DAY (default). */
    @GetMapping("/events/{eventId}/dashboard")
    ResponseEntity<EventDashboard> dashboard(
            @PathVariable UUID eventId,
            @RequestParam(defaultValue = "DAY") Granularity granularity,
            CurrentOwner owner) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(dashboards.dashboard(eventId, owner, granularity));
    }

    /** Totals across the owner's events and one row per event. */
    @GetMapping("/users/me/summary")
    ResponseEntity<OwnerSummary> summary(CurrentOwner owner) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(dashboards.summary(owner));
    }

    /** The dashboard figures per channel and per day as CSV (UTF-8 with BOM, Korean headers). */
    @GetMapping("/events/{eventId}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable UUID eventId, CurrentOwner owner) {
        EventDashboard dashboard = dashboards.dashboard(eventId, owner, Granularity.DAY);
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("analytics-" + eventId + ".csv")
                                .build()
                                .toString())
                .body(CsvExport.of(dashboard));
    }
}
