package com.kt.eventmarketing.web.ui.wizard;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import com.kt.eventmarketing.web.ui.session.HtmxRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

/**
 * The images step: the content service renders 3 styles × 4 platforms (a job followed live); the owner compares the
 * styles, each with its per-platform previews, picks one image, and edits its texts and colours, which renders a new
 * image (another job) that becomes the chosen one.
 */
@Controller
class ImageStep {

    static final List<String> STYLES = List.of("SIMPLE", "FANCY", "TRENDY");
    static final List<String> PLATFORMS = List.of("INSTAGRAM", "KAKAO_CHANNEL", "NAVER_BLOG", "POSTER");

    /** The content service's edit fields and their length limits (texts) — colours and choices have their own rules. */
    static final Map<String, Integer> TEXTS = textLimits();

    static final List<String> COLOURS = List.of("backgroundColor", "textColor", "accentColor");
    static final List<String> ALIGNMENTS = List.of("LEFT", "CENTER", "RIGHT");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern MARKUP = Pattern.compile("[<>\\p{Cntrl}]");

    private final Backend backend;
    private final Drafts drafts;
    private final MessageSource messages;

    ImageStep(Backend backend, Drafts drafts, MessageSource messages) {
        this.backend = backend;
        this.drafts = drafts;
        this.messages = messages;
    }

    private static Map<String, Integer> textLimits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("eventName", 40);
        limits.put("benefit", 60);
        limits.put("period", 40);
        limits.put("storeName", 30);
        limits.put("callToAction", 20);
        return limits;
    }

    @GetMapping("/app/events/{eventId}/wizard/images")
    String images(
            @PathVariable UUID eventId,
            @RequestParam(required = false) UUID job,
            @RequestParam(required = false) UUID select,
            Model model) {
        Map<String, Object> event = drafts.load(eventId);
        if (!Drafts.isDraft(event)) {
            return "redirect:" + Drafts.eventPage(eventId);
        }
        show(model, event);
        model.addAttribute("form", Map.of());
        if (job != null) {
            Map<String, Object> status = drafts.job(job);
            if (Drafts.isRunning(status) || "FAILED".equals(status.get("status"))) {
                Drafts.jobFragment(
                        model,
                        status,
                        select == null ? "images" : "edit",
                        pollUrl(eventId, job, select, 0),
                        select == null ? WizardPages.retryUrl(eventId, "images", job) : null);
                model.addAttribute("following", true);
            }
        }
        return "ui/wizard/images";
    }

    private void show(Model model, Map<String, Object> event) {
        UUID eventId = UUID.fromString(event.get("eventId").toString());
        drafts.prepare(model, event, WizardStep.IMAGES);
        List<Map<String, Object>> images = backend.to(Backend.EVENT)
                .get("/api/v1/events/{id}/images", eventId)
                .list();
        Map<String, Object> selected = images.stream()
                .filter(i -> Boolean.TRUE.equals(i.get("isSelected")))
                .findFirst()
                .orElse(null);
        model.addAttribute("images", images);
        model.addAttribute("selectedImage", selected);
        model.addAttribute("styles", styles(images, selected));
        model.addAttribute("needsName", WizardStep.isBlank(event.get("eventName")));
    }

    /**
     * The gallery by style: for each platform the chosen image if it is of that style and platform, else the newest
     * (an edit adds a new image beside the old one); the card's preview is the chosen image or the square one.
     */
    static List<Map<String, Object>> styles(List<Map<String, Object>> images, Map<String, Object> selected) {
        List<Map<String, Object>> styles = new ArrayList<>();
        for (String style : STYLES) {
            List<Map<String, Object>> variants = new ArrayList<>();
            for (String platform : PLATFORMS) {
                images.stream()
                        .filter(i -> style.equals(i.get("style")) && platform.equals(i.get("platform")))
                        .max(Comparator.comparing((Map<String, Object> i) -> i == selected ? 1 : 0)
                                .thenComparing(i -> String.valueOf(i.get("createdAt"))))
                        .ifPresent(variants::add);
            }
            if (variants.isEmpty()) {
                continue;
            }
            Map<String, Object> preview =
                    variants.stream().filter(i -> i == selected).findFirst().orElse(variants.getFirst());
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("style", style);
            card.put("preview", preview);
            card.put("variants", variants);
            card.put("selected", selected != null && style.equals(selected.get("style")));
            styles.add(card);
        }
        return styles;
    }

    /** Renders the images (3 styles × 4 platforms), answering the job's live progress. */
    @PostMapping("/app/events/{eventId}/wizard/images/job")
    String requestImages(
            @PathVariable UUID eventId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        String start = "/app/events/" + eventId + "/wizard/images/job";
        Map<String, Object> accepted;
        try {
            accepted = backend.to(Backend.EVENT)
                    .post("/api/v1/events/{id}/images", null, eventId)
                    .map();
        } catch (BackendProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            String key = switch (problem.code() == null ? "" : problem.code()) {
                case "store-not-ready" -> "wizard.error.storeNotReady";
                case "event-incomplete" -> "wizard.images.needsName";
                default -> "wizard.error.jobConflict";
            };
            return Drafts.startFailed(model, "images", messages.getMessage(key, null, locale), start, response);
        }
        UUID jobId = UUID.fromString(accepted.get("jobId").toString());
        if (!HtmxRequests.isHtmx(request)) {
            return "redirect:/app/events/" + eventId + "/wizard/images?job=" + jobId;
        }
        return Drafts.jobFragment(
                model,
                accepted,
                "images",
                pollUrl(eventId, jobId, null, 0),
                WizardPages.retryUrl(eventId, "images", jobId));
    }

    /**
     * Follows an image job. For an edit ({@code select}), the new image is chosen once the job is done; its image may
     * reach the event service a moment after the job's last report, so until it is known the job keeps polling.
     */
    @GetMapping("/app/events/{eventId}/wizard/images/job/{jobId}")
    String followImages(
            @PathVariable UUID eventId,
            @PathVariable UUID jobId,
            @RequestParam(required = false) UUID select,
            @RequestParam(defaultValue = "0") int n,
            HttpServletResponse response,
            Model model) {
        Map<String, Object> job = drafts.job(jobId);
        String kind = select == null ? "images" : "edit";
        String retry = select == null ? WizardPages.retryUrl(eventId, "images", jobId) : null;
        if ("COMPLETED".equals(job.get("status"))) {
            if (select == null || selected(eventId, select)) {
                // a URL that differs from the page's own in more than its fragment: a browser told to go to
                // the same page with only another #fragment just scrolls, and would keep showing the progress
                response.setHeader(
                        "HX-Redirect", Drafts.stepPage(eventId, WizardStep.IMAGES) + "?ready=" + jobId + "#chosen");
                return Drafts.jobFragment(model, job, kind, null, retry);
            }
            job = new LinkedHashMap<>(job);
            job.put("status", "PROCESSING");
            job.put("progress", 99);
        }
        if (Drafts.isRunning(job) && n > 180) {
            // about three minutes without an end: the event service's own timeout (2 min) should have said so
            job = new LinkedHashMap<>(job);
            job.put("status", "FAILED");
            job.put("errorMessage", null);
        }
        return Drafts.jobFragment(model, job, kind, pollUrl(eventId, jobId, select, n + 1), retry);
    }

    private boolean selected(UUID eventId, UUID imageId) {
        try {
            backend.to(Backend.EVENT).put("/api/v1/events/{id}/images/{imageId}/select", null, eventId, imageId);
            return true;
        } catch (BackendProblem problem) {
            if (problem.status() == 404) {
                return false; // not delivered to the event service yet
            }
            throw problem;
        }
    }

    @PostMapping("/app/events/{eventId}/wizard/images/job/{jobId}/retry")
    String retryImages(
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
                    model,
                    accepted,
                    "images",
                    pollUrl(eventId, newJob, null, 0),
                    WizardPages.retryUrl(eventId, "images", newJob));
        } catch (BackendProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            return requestImages(eventId, request, response, model, locale);
        }
    }

    @PostMapping("/app/events/{eventId}/wizard/images/{imageId}/select")
    String select(@PathVariable UUID eventId, @PathVariable UUID imageId) {
        backend.to(Backend.EVENT).put("/api/v1/events/{id}/images/{imageId}/select", null, eventId, imageId);
        return "redirect:" + Drafts.stepPage(eventId, WizardStep.IMAGES) + "#chosen";
    }

    /** Edits the chosen image's texts and colours: the content service renders a new image, followed as a job. */
    @PostMapping("/app/events/{eventId}/wizard/images/{imageId}/edit")
    String edit(
            @PathVariable UUID eventId,
            @PathVariable UUID imageId,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Map<String, String> form = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        TEXTS.forEach((field, limit) -> {
            String value = strip(params.getFirst(field));
            form.put(field, value);
            if (!value.isEmpty()) {
                if (value.length() > limit || MARKUP.matcher(value).find()) {
                    errors.put(field, editMessage(field, locale));
                }
                body.put(field, value);
            }
        });
        for (String field : COLOURS) {
            String value = strip(params.getFirst(field));
            boolean change = params.containsKey(field + "Change");
            form.put(field, value);
            form.put(field + "Change", change ? "true" : "");
            if (change) {
                if (!COLOUR.matcher(value).matches()) {
                    errors.put(field, editMessage(field, locale));
                }
                body.put(field, value.toUpperCase(Locale.ROOT));
            }
        }
        for (String field : List.of("textAlign", "qrPosition")) {
            String value = strip(params.getFirst(field));
            form.put(field, value);
            if (ALIGNMENTS.contains(value)) {
                body.put(field, value);
            }
        }
        if (body.isEmpty() && errors.isEmpty()) {
            model.addAttribute("problem", messages.getMessage("wizard.image.error.nothing", null, locale));
        }
        if (!body.isEmpty() && errors.isEmpty()) {
            try {
                Map<String, Object> accepted = backend.to(Backend.CONTENT)
                        .post("/api/v1/content/images/{id}/edit", body, imageId)
                        .map();
                UUID jobId = UUID.fromString(accepted.get("jobId").toString());
                UUID newImage = UUID.fromString(accepted.get("imageId").toString());
                if (!HtmxRequests.isHtmx(request)) {
                    return "redirect:/app/events/" + eventId + "/wizard/images?job=" + jobId + "&select=" + newImage;
                }
                Map<String, Object> pending = new LinkedHashMap<>();
                pending.put("jobId", jobId.toString());
                pending.put("status", "PENDING");
                pending.put("progress", 0);
                Drafts.jobFragment(model, pending, "edit", pollUrl(eventId, jobId, newImage, 0), null);
                model.addAttribute("eventId", eventId);
                return "ui/wizard/job :: editing";
            } catch (BackendProblem problem) {
                if (problem.status() != 400) {
                    throw problem;
                }
                problem.fieldErrors().keySet().forEach(field -> errors.put(field, editMessage(field, locale)));
                if (errors.isEmpty()) {
                    model.addAttribute("problem", messages.getMessage("wizard.image.error.other", null, locale));
                }
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        response.setStatus(422);
        if (HtmxRequests.isHtmx(request)) {
            model.addAttribute("eventId", eventId);
            model.addAttribute("selectedImage", Map.of("imageId", imageId.toString()));
            return "ui/wizard/images :: editor";
        }
        Map<String, Object> event = drafts.load(eventId);
        show(model, event);
        return "ui/wizard/images";
    }

    private static String pollUrl(UUID eventId, UUID jobId, UUID select, int n) {
        return "/app/events/" + eventId + "/wizard/images/job/" + jobId + "?n=" + n
                + (select == null ? "" : "&select=" + select);
    }

    private String editMessage(String field, Locale locale) {
        return messages.getMessage(
                "wizard.image.error." + field, null, messages.getMessage("wizard.error.field", null, locale), locale);
    }

    private static String strip(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
