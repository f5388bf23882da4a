package com.kt.eventmarketing.web.ui.wizard;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The wizard's shared pieces: the draft being made, the progress bar, and following an asynchronous job (AI plans,
 * images, an image edit) of the event service until it is done.
 */
@Component
class Drafts {

    static final String PUBLISH = "publish";

    private final Backend backend;

    Drafts(Backend backend) {
        this.backend = backend;
    }

    Map<String, Object> load(UUID eventId) {
        return backend.to(Backend.EVENT).get("/api/v1/events/{id}", eventId).map();
    }

    static boolean isDraft(Map<String, Object> event) {
        return "DRAFT".equals(event.get("status"));
    }

    static String eventPage(UUID eventId) {
        return "/app/events/" + eventId;
    }

    static String stepPage(UUID eventId, WizardStep step) {
        return "/app/events/" + eventId + "/wizard/" + step.path();
    }

    /** What every step's page shows: the draft and the progress bar with the steps done and the one at hand. */
    void prepare(Model model, Map<String, Object> event, WizardStep current) {
        model.addAttribute("event", event);
        model.addAttribute("eventId", event.get("eventId"));
        model.addAttribute("step", current.path());
        model.addAttribute("today", LocalDate.now(WizardFormat.SEOUL).toString());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (WizardStep step : WizardStep.values()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", step.path());
            item.put("done", step != current && step.isDoneFor(event));
            item.put("current", step == current);
            // the owner may go back to any step, and forward to the next one the draft is ready for
            item.put(
                    "link",
                    step != current
                            && event.get("eventId") != null
                            && (step.ordinal() < current.ordinal()
                                    || step.ordinal()
                                            <= WizardStep.resumeAt(event).ordinal()));
            steps.add(item);
        }
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("path", PUBLISH);
        publish.put("done", false);
        publish.put("current", false);
        publish.put("link", false);
        steps.add(publish);
        model.addAttribute("steps", steps);
    }

    /** A job's status; a job the event service does not know yet (an image edit before its first report) is pending. */
    Map<String, Object> job(UUID jobId) {
        try {
            return backend.to(Backend.EVENT).get("/api/v1/jobs/{id}", jobId).map();
        } catch (BackendProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            Map<String, Object> pending = new LinkedHashMap<>();
            pending.put("jobId", jobId.toString());
            pending.put("status", "PENDING");
            pending.put("progress", 0);
            return pending;
        }
    }

    static boolean isRunning(Map<String, Object> job) {
        return !"COMPLETED".equals(job.get("status")) && !"FAILED".equals(job.get("status"));
    }

    /**
     * The job fragment's model: while it runs it polls {@code pollUrl} every second; failed, it offers {@code
     * retryUrl}.
     */
    static String jobFragment(Model model, Map<String, Object> job, String kind, String pollUrl, String retryUrl) {
        model.addAttribute("job", job);
        model.addAttribute("jobKind", kind);
        model.addAttribute("running", isRunning(job));
        model.addAttribute("pollUrl", pollUrl);
        model.addAttribute("retryUrl", retryUrl);
        return "ui/wizard/job :: job";
    }

    /** A job that could not even start (e.g. the store is not set up yet): a message and a button to try again. */
    static String startFailed(Model model, String kind, String message, String startUrl, HttpServletResponse response) {
        Map<String, Object> failed = new LinkedHashMap<>();
        failed.put("status", "FAILED");
        failed.put("progress", 0);
        failed.put("errorMessage", message);
        response.setStatus(409);
        return jobFragment(model, failed, kind, null, startUrl);
    }
}
