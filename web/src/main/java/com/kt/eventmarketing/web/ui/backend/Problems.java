package com.kt.eventmarketing.web.ui.backend;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The sentence a person sees for a service's problem that no page handles specifically. */
public final class Problems {

    private Problems() {}

    public static String message(BackendProblem problem, MessageSource messages, Locale locale) {
        if (problem.isUnreachable() || problem.status() >= 500) {
            return messages.getMessage("error.unreachable", null, locale);
        }
        if (problem.status() == 429) {
            long seconds = problem.retryAfterSeconds() == null ? 60 : problem.retryAfterSeconds();
            return messages.getMessage("error.tooMany", new Object[] {seconds}, locale);
        }
        if (problem.detail() != null && !problem.detail().isBlank()) {
            return problem.detail();
        }
        return messages.getMessage("error.unexpected", null, locale);
    }
}
