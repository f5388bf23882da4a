package com.kt.eventmarketing.analytics.stream;

import com.kt.eventmarketing.analytics.dashboard.Dashboards;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams of this instance, per event: each gets the dashboard when it
 * opens, again whenever the event's figures change (one read per change, shared by all its
 * subscribers), and a comment line as a heartbeat while nothing happens.
 */
@Component
public class DashboardStreams {

    static final String DASHBOARD_EVENT = "dashboard";

    private static final Logger log = LoggerFactory.getLogger(DashboardStreams.class);

    private final Map<UUID, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Dashboards dashboards;

    DashboardStreams(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    /** Opens a stream that starts with {@code initial}. */
    public SseEmitter open(EventDashboard initial) {
        UUID eventId = initial.eventId();
        SseEmitter emitter = new SseEmitter();
        Set<SseEmitter> ofEvent = subscribers.computeIfAbsent(eventId, id -> ConcurrentHashMap.newKeySet());
        ofEvent.add(emitter);
        Runnable remove = () -> unsubscribe(eventId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(eventId, emitter, initial);
        return emitter;
    }

    /** The figures of the event changed: push them to this instance's subscribers. */
    void changed(UUID eventId) {
        Set<SseEmitter> ofEvent = subscribers.get(eventId);
        if (ofEvent == null || ofEvent.isEmpty()) {
            return;
        }
        dashboards
                .current(eventId)
                .ifPresent(dashboard -> ofEvent.forEach(emitter -> send(eventId, emitter, dashboard)));
    }

    /** A comment line on every open stream; a slow client blocks only its own virtual thread, never the scheduler. */
    @Scheduled(fixedDelayString = "${kt.analytics.stream.heartbeat:15s}")
    void heartbeat() {
        subscribers.forEach((eventId, ofEvent) -> ofEvent.forEach(emitter -> Thread.ofVirtual()
                .name("dashboard-heartbeat")
                .start(() -> {
                    try {
                        emitter.send(SseEmitter.event().comment("heartbeat"));
                    } catch (IOException | IllegalStateException gone) {
                        unsubscribe(eventId, emitter);
                    }
                })));
    }

    int subscribers(UUID eventId) {
        Set<SseEmitter> ofEvent = subscribers.get(eventId);
        return ofEvent == null ? 0 : ofEvent.size();
    }

    private void send(UUID eventId, SseEmitter emitter, EventDashboard dashboard) {
        try {
            emitter.send(SseEmitter.event()
                    .name(DASHBOARD_EVENT)
                    .id(dashboard.asOf().toString())
                    .data(dashboard, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            log.debug("Dashboard stream of {} closed: {}", eventId, gone.toString());
            unsubscribe(eventId, emitter);
        }
    }

    private void unsubscribe(UUID eventId, SseEmitter emitter) {
        subscribers.computeIfPresent(eventId, (id, ofEvent) -> {
            ofEvent.remove(emitter);
            return ofEvent.isEmpty() ? null : ofEvent;
        });
    }
}
