package com.kt.eventmarketing.web.ui.home;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The owner's home: the store's totals and every event by status, each with its key figures (participants, ROI
 * against the prediction) from the analytics service. A draft links back into the wizard where it was left.
 */
@Controller
class DashboardPage {

    static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "ENDED");

    private final Backend backend;

    DashboardPage(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/app")
    String dashboard(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String welcome,
            Model model) {
        model.addAttribute("welcome", welcome != null);
        String filter = status != null && STATUSES.contains(status) ? status : null;
        int safePage = Math.max(0, Math.min(page, 10_000));
        Map<String, Object> events = filter == null
                ? backend.to(Backend.EVENT)
                        .get("/api/v1/events?page={page}&size=20", safePage)
                        .map()
                : backend.to(Backend.EVENT)
                        .get("/api/v1/events?status={status}&page={page}&size=20", filter, safePage)
                        .map();
        model.addAttribute("events", events.getOrDefault("content", List.of()));
        model.addAttribute("page", events);
        model.addAttribute("status", filter);

        // figures are a bonus: without the analytics service the list still shows
        Map<String, Object> summary = Map.of();
        try {
            summary = backend.to(Backend.ANALYTICS)
                    .get("/api/v1/analytics/users/me/summary")
                    .map();
        } catch (BackendProblem unavailable) {
            model.addAttribute("figuresUnavailable", true);
        }
        model.addAttribute("totals", summary.get("totals"));
        Map<Object, Object> figures = summary.get("events") instanceof List<?> list
                ? list.stream()
                        .filter(Map.class::isInstance)
                        .map(Map.class::cast)
                        .collect(Collectors.toMap(e -> e.get("eventId"), Function.identity(), (a, b) -> a))
                : Map.of();
        model.addAttribute("figures", figures);
        return "ui/home/dashboard";
    }
}
