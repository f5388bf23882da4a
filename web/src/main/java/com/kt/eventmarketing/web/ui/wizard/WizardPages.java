package com.kt.eventmarketing.web.ui.wizard;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import com.kt.eventmarketing.web.ui.session.HtmxRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The event wizard, one step per screen: objective → AI plans (a job followed live; pick one, edit it) → images (in
 * {@link ImageStep}) → channels with reach, cost and the total budget → review and publish. A draft can be left at
 * any point and resumed at {@code /app/events/{id}/wizard}, which goes to the first step whose piece is missing.
 */
@Controller
class WizardPages {

    static final List<String> OBJECTIVES = List.of("NEW_CUSTOMERS", "REVISIT", "SALES", "AWARENESS");
    static final List<String> CHANNELS = List.of(
            "URIDONGNE_TV", "RINGO_BIZ", "GENIE_TV", "INSTAGRAM", "NAVER_BLOG", "KAKAO_CHANNEL", "SMS", "EMAIL");

    // the event service's rule for texts shown on public pages and images
    private static final Pattern MARKUP = Pattern.compile("[<>\\p{Cntrl}&&[^\\n\\r]]");
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 5000;

    private final Backend backend;
    private final Drafts drafts;
    private final MessageSource messages;

    WizardPages(Backend backend, Drafts drafts, MessageSource messages) {
        this.backend = backend;
        this.drafts = drafts;
        this.messages = messages;
    }

    // ---- objective: a new draft

    @GetMapping("/app/events/new")
    String newEvent(Model model) {
        drafts.prepare(model, new LinkedHashMap<>(), WizardStep.OBJECTIVE);
        model.addAttribute("objectives", OBJECTIVES);
        model.addAttribute("resumable", creationSession());
        return "ui/wizard/objective";
    }

    @PostMapping("/app/events/new")
    String create(
            @RequestParam(required = false) String objective,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        if (objective == null || !OBJECTIVES.contains(objective)) {
            drafts.prepare(model, new LinkedHashMap<>(), WizardStep.OBJECTIVE);
            model.addAttribute("objectives", OBJECTIVES);
            model.addAttribute("errors", Map.of("objective", message("wizard.error.objective", locale)));
            response.setStatus(422);
            return "ui/wizard/objective";
        }
        Map<String, Object> draft = backend.to(Backend.EVENT)
                .post("/api/v1/events", Map.of("objective", objective))
                .map();
        return "redirect:/app/events/" + draft.get("eventId") + "/wizard/plans";
    }

    /** The draft the owner was making, if the event service remembers one (to offer going back to it). */
    private Map<String, Object> creationSession() {
        try {
            return backend.to(Backend.EVENT).get("/api/v1/events/session").map();
        } catch (BackendProblem none) {
            return null; // 404 no-creation-session, or the hint is unavailable: nothing to offer
        }
    }

    // ---- resume and the steps

    @GetMapping("/app/events/{eventId}/wizard")
    String resume(@PathVariable UUID eventId) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        return "redirect:" + Drafts.stepPage(eventId, WizardStep.resumeAt(event));
    }

    @GetMapping("/app/events/{eventId}/wizard/objective")
    String objective(@PathVariable UUID eventId, Model model) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        drafts.prepare(model, event, WizardStep.OBJECTIVE);
        model.addAttribute("objectives", OBJECTIVES);
        return "ui/wizard/objective";
    }

    @PostMapping("/app/events/{eventId}/wizard/objective")
    String changeObjective(
            @PathVariable UUID eventId,
            @RequestParam(required = false) String objective,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        if (objective == null || !OBJECTIVES.contains(objective)) {
            drafts.prepare(model, event, WizardStep.OBJECTIVE);
            model.addAttribute("objectives", OBJECTIVES);
            model.addAttribute("errors", Map.of("objective", message("wizard.error.objective", locale)));
            response.setStatus(422);
            return "ui/wizard/objective";
        }
        if (!objective.equals(event.get("objective"))) {
            // the edit replaces name, description and period: send them back as they are
            backend.to(Backend.EVENT).put("/api/v1/events/{id}", content(event, objective), eventId);
        }
        return "redirect:" + Drafts.stepPage(eventId, WizardStep.PLANS);
    }

    // ---- plans

    @GetMapping("/app/events/{eventId}/wizard/plans")
    String plans(@PathVariable UUID eventId, @RequestParam(required = false) UUID job, Model model) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        showPlans(model, event, job);
        model.addAttribute("form", editForm(event));
        return "ui/wizard/plans";
    }

    private void showPlans(Model model, Map<String, Object> event, UUID job) {
        UUID eventId = UUID.fromString(event.get("eventId").toString());
        drafts.prepare(model, event, WizardStep.PLANS);
        List<Map<String, Object>> plans = backend.to(Backend.EVENT)
                .get("/api/v1/events/{id}/ai-recommendations", eventId)
                .list();
        model.addAttribute("plans", plans);
        model.addAttribute(
                "selectedPlan",
                plans.stream()
                        .filter(p -> Boolean.TRUE.equals(p.get("isSelected")))
                        .findFirst()
                        .orElse(null));
        if (job != null) {
            Map<String, Object> status = drafts.job(job);
            if (Drafts.isRunning(status) || "FAILED".equals(status.get("status"))) {
                Drafts.jobFragment(model, status, "plans", pollUrl(eventId, job), retryUrl(eventId, "plans", job));
                model.addAttribute("following", true);
            }
        }
    }

    /** Asks the AI for plans (joining a running request), answering the job's live progress. */
    @PostMapping("/app/events/{eventId}/wizard/plans/job")
    String requestPlans(
            @PathVariable UUID eventId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        String start = "/app/events/" + eventId + "/wizard/plans/job";
        Map<String, Object> accepted;
        try {
            accepted = backend.to(Backend.EVENT)
                    .post("/api/v1/events/{id}/ai-recommendations", null, eventId)
                    .map();
        } catch (BackendProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            return Drafts.startFailed(model, "plans", conflictMessage(problem, locale), start, response);
        }
        UUID jobId = UUID.fromString(accepted.get("jobId").toString());
        if (!HtmxRequests.isHtmx(request)) {
            return "redirect:/app/events/" + eventId + "/wizard/plans?job=" + jobId;
        }
        return Drafts.jobFragment(model, accepted, "plans", pollUrl(eventId, jobId), retryUrl(eventId, "plans", jobId));
    }

    @GetMapping("/app/events/{eventId}/wizard/plans/job/{jobId}")
    String followPlans(
            @PathVariable UUID eventId, @PathVariable UUID jobId, HttpServletResponse response, Model model) {
        Map<String, Object> job = drafts.job(jobId);
        if ("COMPLETED".equals(job.get("status"))) {
            response.setHeader("HX-Redirect", Drafts.stepPage(eventId, WizardStep.PLANS));
        }
        return Drafts.jobFragment(model, job, "plans", pollUrl(eventId, jobId), retryUrl(eventId, "plans", jobId));
    }

    /** A failed job is sent again as a new job; one already retried (or not retriable) is asked for afresh. */
    @PostMapping("/app/events/{eventId}/wizard/plans/job/{jobId}/retry")
    String retryPlans(
            @PathVariable UUID eventId,
            @PathVariable UUID jobId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            Map<String, Object> accepted = backend.to(Backend.EVENT)
                    .post("/api/v1/jobs/{id}/retry", null, jobId)
                    .map();
            UUID newJob = UUID.fromString(accepted.get("jobId").toString());
            return Drafts.jobFragment(
                    model, accepted, "plans", pollUrl(eventId, newJob), retryUrl(eventId, "plans", newJob));
        } catch (BackendProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            return requestPlans(eventId, request, response, model, locale);
        }
    }

    @PostMapping("/app/events/{eventId}/wizard/plans/{recommendationId}/select")
    String selectPlan(@PathVariable UUID eventId, @PathVariable UUID recommendationId) {
        backend.to(Backend.EVENT)
                .put("/api/v1/events/{id}/ai-recommendations/{rid}/select", null, eventId, recommendationId);
        return "redirect:" + Drafts.stepPage(eventId, WizardStep.PLANS) + "#edit";
    }

    /** The chosen plan as the owner edits it: name, description and period, checked here and by the service. */
    @PostMapping("/app/events/{eventId}/wizard/plans")
    String editPlan(
            @PathVariable UUID eventId,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("eventName", "description", "startDate", "endDate")) {
            String value = params.getFirst(field);
            form.put(field, value == null ? "" : value.strip());
        }
        Map<String, String> errors = checkEdit(form, locale);
        if (errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("eventName", form.get("eventName"));
            body.put("description", form.get("description").isEmpty() ? null : form.get("description"));
            body.put("objective", event.get("objective"));
            body.put("startDate", form.get("startDate"));
            body.put("endDate", form.get("endDate"));
            try {
                backend.to(Backend.EVENT).put("/api/v1/events/{id}", body, eventId);
                return "redirect:" + Drafts.stepPage(eventId, WizardStep.IMAGES);
            } catch (BackendProblem problem) {
                if ("event-not-draft".equals(problem.code())) {
                    return "redirect:" + Drafts.eventPage(eventId);
                }
                if (problem.status() != 400 && problem.status() != 422) {
                    throw problem;
                }
                problem.fieldErrors().keySet().forEach(field -> errors.put(field, fieldMessage(field, locale)));
                if (errors.isEmpty()) {
                    model.addAttribute("problem", message("wizard.error.edit", locale));
                }
            }
        }
        showPlans(model, event, null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        response.setStatus(422);
        return "ui/wizard/plans";
    }

    private Map<String, String> checkEdit(Map<String, String> form, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.get("eventName");
        if (name.isEmpty()) {
            errors.put("eventName", message("wizard.error.eventName.required", locale));
        } else if (name.length() > MAX_NAME || MARKUP.matcher(name).find() || name.contains("\n")) {
            errors.put("eventName", fieldMessage("eventName", locale));
        }
        String description = form.get("description");
        if (description.length() > MAX_DESCRIPTION
                || MARKUP.matcher(description).find()) {
            errors.put("description", fieldMessage("description", locale));
        }
        LocalDate start = WizardFormat.parse(form.get("startDate"));
        LocalDate end = WizardFormat.parse(form.get("endDate"));
        LocalDate today = LocalDate.now(WizardFormat.SEOUL);
        if (start == null) {
            errors.put("startDate", message("wizard.error.startDate.required", locale));
        } else if (start.isBefore(today)) {
            errors.put("startDate", message("wizard.error.startDate.past", locale));
        }
        if (end == null) {
            errors.put("endDate", message("wizard.error.endDate.required", locale));
        } else if (start != null && end.isBefore(start)) {
            errors.put("endDate", fieldMessage("endDate", locale));
        }
        return errors;
    }

    private static Map<String, String> editForm(Map<String, Object> event) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("eventName", "description", "startDate", "endDate")) {
            form.put(field, event.get(field) == null ? "" : event.get(field).toString());
        }
        return form;
    }

    private static Map<String, Object> content(Map<String, Object> event, String objective) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventName", event.get("eventName"));
        body.put("description", event.get("description"));
        body.put("objective", objective);
        body.put("startDate", event.get("startDate"));
        body.put("endDate", event.get("endDate"));
        return body;
    }

    // ---- channels

    @GetMapping("/app/events/{eventId}/wizard/channels")
    String channels(@PathVariable UUID eventId, Model model) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        drafts.prepare(model, event, WizardStep.CHANNELS);
        List<String> chosen = event.get("channels") instanceof List<?> list
                ? list.stream().map(Object::toString).toList()
                : List.of();
        showChannels(model, eventId, chosen);
        return "ui/wizard/channels";
    }

    /** The budget box again for the channels ticked so far (htmx, on every change). */
    @PostMapping("/app/events/{eventId}/wizard/channels/total")
    String channelTotal(
            @PathVariable UUID eventId,
            @RequestParam(name = "channels", required = false) List<String> channels,
            Model model) {
        showChannels(model, eventId, known(channels));
        return "ui/wizard/channels :: budget";
    }

    @PostMapping("/app/events/{eventId}/wizard/channels")
    String saveChannels(
            @PathVariable UUID eventId,
            @RequestParam(name = "channels", required = false) List<String> channels,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        List<String> chosen = known(channels);
        if (!chosen.isEmpty()) {
            try {
                backend.to(Backend.EVENT).put("/api/v1/events/{id}/channels", Map.of("channels", chosen), eventId);
                return "redirect:" + Drafts.stepPage(eventId, WizardStep.REVIEW);
            } catch (BackendProblem problem) {
                if ("event-not-draft".equals(problem.code())) {
                    return "redirect:" + Drafts.eventPage(eventId);
                }
                if (problem.status() != 400) {
                    throw problem;
                }
            }
        }
        Map<String, Object> event = drafts.load(eventId);
        drafts.prepare(model, event, WizardStep.CHANNELS);
        showChannels(model, eventId, chosen);
        model.addAttribute("errors", Map.of("channels", message("wizard.error.channels", locale)));
        response.setStatus(422);
        return "ui/wizard/channels";
    }

    private void showChannels(Model model, UUID eventId, List<String> chosen) {
        List<Map<String, Object>> catalogue = catalogue();
        Map<String, Object> plan = selectedPlan(eventId);
        long cost = 0;
        long reach = 0;
        for (Map<String, Object> channel : catalogue) {
            if (chosen.contains(String.valueOf(channel.get("channel")))) {
                cost += number(channel.get("estimatedCost"));
                reach += number(channel.get("estimatedReach"));
            }
        }
        long prize = plan == null ? 0 : number(plan.get("prizeCost"));
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("chosen", chosen);
        model.addAttribute("plan", plan);
        model.addAttribute("channelCost", cost);
        model.addAttribute("reach", reach);
        model.addAttribute("prizeCost", prize);
        model.addAttribute("totalBudget", cost + prize);
        model.addAttribute("eventId", eventId);
    }

    /** The catalogue with estimates, refined by the store's industry when the profile says it. */
    private List<Map<String, Object>> catalogue() {
        String industry = null;
        try {
            Object value =
                    backend.to(Backend.USER).get("/api/v1/users/me").map().get("industry");
            industry = value instanceof String code && code.matches("[A-Z_]{1,50}") ? code : null;
        } catch (BackendProblem unavailable) {
            // the general estimates then
        }
        return industry == null
                ? backend.to(Backend.DISTRIBUTION)
                        .get("/api/v1/distributions/channels")
                        .list()
                : backend.to(Backend.DISTRIBUTION)
                        .get("/api/v1/distributions/channels?industry={industry}", industry)
                        .list();
    }

    private Map<String, Object> selectedPlan(UUID eventId) {
        return backend.to(Backend.EVENT).get("/api/v1/events/{id}/ai-recommendations", eventId).list().stream()
                .filter(p -> Boolean.TRUE.equals(p.get("isSelected")))
                .findFirst()
                .orElse(null);
    }

    private static List<String> known(List<String> channels) {
        if (channels == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        channels.stream().filter(CHANNELS::contains).forEach(distinct::add);
        return new ArrayList<>(distinct);
    }

    // ---- review and publish

    @GetMapping("/app/events/{eventId}/wizard/review")
    String review(@PathVariable UUID eventId, Model model) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        showReview(model, event);
        return "ui/wizard/review";
    }

    @PostMapping("/app/events/{eventId}/wizard/publish")
    String publish(
            @PathVariable UUID eventId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            backend.to(Backend.EVENT).post("/api/v1/events/{id}/publish", null, eventId);
            if (HtmxRequests.isHtmx(request)) {
                response.setHeader("HX-Redirect", Drafts.eventPage(eventId));
                return "ui/fragments :: empty";
            }
            return "redirect:" + Drafts.eventPage(eventId) + "?published";
        } catch (BackendProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            Map<String, Object> event = drafts.load(eventId);
            model.addAttribute("publishProblem", publishProblem(problem, event, locale));
            model.addAttribute("missing", missing(event));
            model.addAttribute("eventId", eventId);
            model.addAttribute("notDraft", "event-not-draft".equals(problem.code()));
            model.addAttribute("datesProblem", "start-date-passed".equals(problem.code()));
            response.setStatus(409);
            if (HtmxRequests.isHtmx(request)) {
                return "ui/wizard/review :: publishProblem";
            }
            showReview(model, event);
            return "ui/wizard/review";
        }
    }

    private void showReview(Model model, Map<String, Object> event) {
        UUID eventId = UUID.fromString(event.get("eventId").toString());
        drafts.prepare(model, event, WizardStep.REVIEW);
        List<String> chosen = event.get("channels") instanceof List<?> list
                ? list.stream().map(Object::toString).toList()
                : List.of();
        showChannels(model, eventId, chosen);
        model.addAttribute("missing", missing(event));
        model.addAttribute(
                "publicLink",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/e/{id}")
                        .buildAndExpand(eventId)
                        .toUriString());
    }

    /** What publishing needs and the draft lacks, each with the step that fills it (the event service's order). */
    static List<Map<String, String>> missing(Map<String, Object> event) {
        List<Map<String, String>> missing = new ArrayList<>();
        if (WizardStep.isBlank(event.get("eventName"))) {
            missing.add(Map.of("what", "eventName", "step", "plans"));
        }
        if (event.get("startDate") == null || event.get("endDate") == null) {
            missing.add(Map.of("what", "period", "step", "plans"));
        }
        if (event.get("selectedImageId") == null) {
            missing.add(Map.of("what", "selectedImage", "step", "images"));
        }
        if (!(event.get("channels") instanceof List<?> channels) || channels.isEmpty()) {
            missing.add(Map.of("what", "channels", "step", "channels"));
        }
        return missing;
    }

    private String publishProblem(BackendProblem problem, Map<String, Object> event, Locale locale) {
        String code = problem.code() == null ? "" : problem.code();
        return switch (code) {
            case "event-incomplete" -> message("wizard.publish.error.incomplete", locale);
            case "start-date-passed" -> message("wizard.publish.error.startDatePassed", locale);
            case "event-not-draft" -> message("wizard.publish.error.notDraft", locale);
            case "store-not-ready" -> message("wizard.error.storeNotReady", locale);
            default ->
                missing(event).isEmpty()
                        ? message("wizard.publish.error.other", locale)
                        : message("wizard.publish.error.incomplete", locale);
        };
    }

    // ---- shared

    private String conflictMessage(BackendProblem problem, Locale locale) {
        if ("store-not-ready".equals(problem.code())) {
            return message("wizard.error.storeNotReady", locale);
        }
        if ("event-not-draft".equals(problem.code())) {
            return message("wizard.publish.error.notDraft", locale);
        }
        return message("wizard.error.jobConflict", locale);
    }

    private static String pollUrl(UUID eventId, UUID jobId) {
        return "/app/events/" + eventId + "/wizard/plans/job/" + jobId;
    }

    static String retryUrl(UUID eventId, String kind, UUID jobId) {
        return "/app/events/" + eventId + "/wizard/" + kind + "/job/" + jobId + "/retry";
    }

    private String fieldMessage(String field, Locale locale) {
        return messages.getMessage("wizard.error." + field, null, message("wizard.error.field", locale), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
