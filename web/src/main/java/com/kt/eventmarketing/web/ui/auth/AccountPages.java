package com.kt.eventmarketing.web.ui.auth;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import com.kt.eventmarketing.web.ui.backend.Problems;
import com.kt.eventmarketing.web.ui.session.LoginTargets;
import com.kt.eventmarketing.web.ui.session.SessionCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-up (checked field by field as it is filled in, by the user service's own rules), login, logout and the
 * owner's profile. The forms post here; this edge calls the user service and keeps the token in the session cookie.
 */
@Controller
class AccountPages {

    static final List<String> SIGNUP_FIELDS = List.of(
            "name",
            "phoneNumber",
            "email",
            "password",
            "storeName",
            "industry",
            "address",
            "businessNumber",
            "averageSpend");
    static final List<String> PROFILE_FIELDS =
            List.of("name", "phoneNumber", "storeName", "industry", "address", "averageSpend");

    private final Backend backend;
    private final MessageSource messages;

    AccountPages(Backend backend, MessageSource messages) {
        this.backend = backend;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(HttpServletRequest request) {
        return SessionCookie.read(request).isPresent() ? "redirect:/app" : "index";
    }

    // ---- login / logout

    @GetMapping("/login")
    String loginPage(
            @RequestParam(required = false) String next, @RequestParam Map<String, String> params, Model model) {
        model.addAttribute("next", LoginTargets.safe(next));
        // why the owner is here: the session ended, they logged out, or changed their password
        model.addAttribute("expired", params.containsKey("expired"));
        model.addAttribute("loggedOut", params.containsKey("loggedOut"));
        model.addAttribute("passwordChanged", params.containsKey("passwordChanged"));
        return "ui/auth/login";
    }

    @PostMapping("/login")
    String login(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            Map<String, Object> token = backend.to(Backend.USER)
                    .anonymously()
                    .post("/api/v1/users/login", Map.of("email", email.strip(), "password", password))
                    .map();
            SessionCookie.write(request, response, (String) token.get("accessToken"));
            String target = LoginTargets.safe(next);
            return "redirect:" + (target == null ? "/app" : target);
        } catch (BackendProblem problem) {
            model.addAttribute("email", email);
            model.addAttribute("next", LoginTargets.safe(next));
            model.addAttribute("problem", loginProblem(problem, locale));
            response.setStatus(problem.status() == 0 ? 503 : problem.status() == 429 ? 429 : 401);
            return "ui/auth/login";
        }
    }

    private String loginProblem(BackendProblem problem, Locale locale) {
        if (problem.status() == 429) {
            long minutes =
                    problem.retryAfterSeconds() == null ? 15 : Math.max(1, (problem.retryAfterSeconds() + 59) / 60);
            return messages.getMessage("login.locked", new Object[] {minutes}, locale);
        }
        if (problem.status() == 401 || problem.status() == 400) {
            return messages.getMessage("login.bad", null, locale);
        }
        return Problems.message(problem, messages, locale);
    }

    @PostMapping("/logout")
    String logout(HttpServletRequest request, HttpServletResponse response) {
        try {
            backend.to(Backend.USER).post("/api/v1/users/logout", null);
        } catch (BackendProblem ignored) {
            // the cookie goes anyway; the token expires on its own
        }
        SessionCookie.clear(request, response);
        return "redirect:/login?loggedOut";
    }

    // ---- sign-up

    @GetMapping("/signup")
    String signupPage(Model model) {
        model.addAttribute("form", new LinkedHashMap<String, String>());
        model.addAttribute("industries", industries());
        return "ui/auth/signup";
    }

    /** Inline validation: the fields filled in so far, checked by the user service; answers one error slot each. */
    @PostMapping("/signup/check")
    String checkSignup(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        Map<String, String> filled = new LinkedHashMap<>();
        for (String field : SIGNUP_FIELDS) {
            String value = params.getFirst(field);
            if (value != null && !value.isBlank()) {
                filled.put(field, value);
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!filled.isEmpty()) {
            try {
                Map<String, Object> answer = backend.to(Backend.USER)
                        .anonymously()
                        .post("/api/v1/users/register/check", filled)
                        .map();
                if (answer.get("errors") instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof Map<?, ?> error && error.get("field") instanceof String field) {
                            errors.putIfAbsent(field, fieldMessage("signup", field, locale));
                        }
                    }
                }
            } catch (BackendProblem unavailable) {
                // no inline hints then; the submit still checks everything
            }
        }
        model.addAttribute("fields", SIGNUP_FIELDS);
        model.addAttribute("filled", filled.keySet());
        model.addAttribute("errors", errors);
        return "ui/auth/signup :: checks";
    }

    @PostMapping("/signup")
    String signup(
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : SIGNUP_FIELDS) {
            form.put(
                    field,
                    params.getFirst(field) == null ? "" : params.getFirst(field).strip());
        }
        Map<String, Object> body = new LinkedHashMap<>(form);
        body.put("businessNumber", form.get("businessNumber"));
        body.put("industry", form.get("industry").isEmpty() ? null : form.get("industry"));
        body.put("averageSpend", digitsOrNull(form.get("averageSpend")));
        try {
            Map<String, Object> registered = backend.to(Backend.USER)
                    .anonymously()
                    .post("/api/v1/users/register", body)
                    .map();
            SessionCookie.write(request, response, (String) registered.get("accessToken"));
            return "redirect:/app?welcome";
        } catch (BackendProblem problem) {
            form.remove("password");
            model.addAttribute("form", form);
            model.addAttribute("industries", industries());
            Map<String, String> errors = new LinkedHashMap<>();
            problem.fieldErrors().keySet().forEach(field -> errors.put(field, fieldMessage("signup", field, locale)));
            model.addAttribute("errors", errors);
            if ("email-taken".equals(problem.code())) {
                errors.put("email", messages.getMessage("signup.error.emailTaken", null, locale));
            } else if ("business-number-taken".equals(problem.code())) {
                errors.put("businessNumber", messages.getMessage("signup.error.businessTaken", null, locale));
            } else if (errors.isEmpty()) {
                model.addAttribute("problem", Problems.message(problem, messages, locale));
            }
            response.setStatus(problem.status() == 0 ? 503 : problem.status() >= 500 ? 502 : 422);
            return "ui/auth/signup";
        }
    }

    // ---- profile

    @GetMapping("/app/profile")
    String profile(Model model, @RequestParam(required = false) String saved) {
        showProfile(model, null);
        model.addAttribute("saved", saved != null);
        return "ui/auth/profile";
    }

    @PostMapping("/app/profile")
    String saveProfile(
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        Map<String, String> form = new LinkedHashMap<>();
        PROFILE_FIELDS.forEach(field -> form.put(
                field,
                params.getFirst(field) == null ? "" : params.getFirst(field).strip()));
        Map<String, Object> body = new LinkedHashMap<>(form);
        body.put("industry", form.get("industry").isEmpty() ? null : form.get("industry"));
        body.put("averageSpend", digitsOrNull(form.get("averageSpend")));
        try {
            backend.to(Backend.USER).put("/api/v1/users/me", body);
            return "redirect:/app/profile?saved";
        } catch (BackendProblem problem) {
            if (problem.status() == 401 || problem.status() == 0 || problem.status() >= 500) {
                throw problem;
            }
            showProfile(model, form);
            Map<String, String> errors = new LinkedHashMap<>();
            problem.fieldErrors().keySet().forEach(field -> errors.put(field, fieldMessage("signup", field, locale)));
            model.addAttribute("errors", errors);
            response.setStatus(422);
            return "ui/auth/profile";
        }
    }

    @PostMapping("/app/profile/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        try {
            backend.to(Backend.USER)
                    .put(
                            "/api/v1/users/me/password",
                            Map.of("currentPassword", currentPassword, "newPassword", newPassword));
            SessionCookie.clear(request, response);
            return "redirect:/login?passwordChanged";
        } catch (BackendProblem problem) {
            if (problem.status() == 0 || problem.status() >= 500) {
                throw problem;
            }
            showProfile(model, null);
            Map<String, String> errors = new LinkedHashMap<>();
            if (problem.fieldErrors().containsKey("newPassword")
                    || problem.fieldErrors().containsKey("password")) {
                errors.put("newPassword", messages.getMessage("signup.error.password", null, locale));
            } else {
                errors.put("currentPassword", messages.getMessage("profile.error.currentPassword", null, locale));
            }
            model.addAttribute("passwordErrors", errors);
            response.setStatus(422);
            return "ui/auth/profile";
        }
    }

    /** The profile page's model: the owner as stored, the form (what was typed, else the stored values), industries. */
    private void showProfile(Model model, Map<String, String> typed) {
        Map<String, Object> me =
                backend.to(Backend.USER).get("/api/v1/users/me").map();
        Map<String, String> form = typed;
        if (form == null) {
            form = new LinkedHashMap<>();
            for (String field : PROFILE_FIELDS) {
                form.put(field, me.get(field) == null ? "" : String.valueOf(me.get(field)));
            }
        }
        model.addAttribute("me", me);
        model.addAttribute("form", form);
        model.addAttribute("industries", industries());
    }

    private List<Map<String, Object>> industries() {
        try {
            return backend.to(Backend.USER)
                    .anonymously()
                    .get("/api/v1/users/industries")
                    .list();
        } catch (BackendProblem unavailable) {
            return List.of();
        }
    }

    private String fieldMessage(String prefix, String field, Locale locale) {
        return messages.getMessage(prefix + ".error." + field, null, field, locale);
    }

    private static Long digitsOrNull(String text) {
        String digits = text == null ? "" : text.replace(",", "").strip();
        return digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null;
    }
}
