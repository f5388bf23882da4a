package com.kt.eventmarketing.web.ui.participant;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The free marketing opt-out the SMS and e-mail texts link to: a mobile number, and always the same confirmation,
 * so the page never tells whether the number was known to the store.
 */
@Controller
class OptOutPage {

    private final Backend backend;
    private final MessageSource messages;

    OptOutPage(Backend backend, MessageSource messages) {
        this.backend = backend;
        this.messages = messages;
    }

    @GetMapping("/opt-out/{storeId}")
    String form(@PathVariable String storeId, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("storeId", ParticipantPages.eventIdOrNotFound(storeId));
        model.addAttribute("done", done != null);
        model.addAttribute("phoneNumber", "");
        return "ui/participant/opt-out";
    }

    @PostMapping("/opt-out/{storeId}")
    String optOut(
            @PathVariable String storeId,
            @RequestParam(defaultValue = "") String phoneNumber,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        UUID id = ParticipantPages.eventIdOrNotFound(storeId);
        try {
            backend.to(Backend.PARTICIPATION)
                    .anonymously()
                    .post(
                            "/api/v1/public/stores/{id}/marketing-opt-out",
                            Map.of("phoneNumber", phoneNumber.strip()),
                            id);
            return "redirect:/opt-out/" + id + "?done";
        } catch (BackendProblem problem) {
            model.addAttribute("storeId", id);
            model.addAttribute("done", false);
            model.addAttribute("phoneNumber", phoneNumber.strip());
            if (problem.status() == 400) {
                model.addAttribute(
                        "errors", Map.of("phoneNumber", messages.getMessage("public.error.phoneNumber", null, locale)));
                response.setStatus(422);
            } else if (problem.status() == 429) {
                long seconds = problem.retryAfterSeconds() == null ? 60 : Math.max(1, problem.retryAfterSeconds());
                model.addAttribute(
                        "problem", messages.getMessage("public.error.tooMany", new Object[] {seconds}, locale));
                response.setStatus(429);
            } else {
                throw problem;
            }
            return "ui/participant/opt-out";
        }
    }
}
