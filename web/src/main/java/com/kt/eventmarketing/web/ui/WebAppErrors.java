package com.kt.eventmarketing.web.ui;

import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import com.kt.eventmarketing.web.ui.backend.Problems;
import com.kt.eventmarketing.web.ui.session.HtmxRequests;
import com.kt.eventmarketing.web.ui.session.SessionCookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when a service call fails and the page itself did not handle it: the owner's session ended → the
 * login page; not found or not this owner's → the not-found page (an owner cannot tell another store's event from a
 * missing one); a service down → "try again shortly". An htmx request gets the message in the page's alert region
 * instead of a whole page.
 */
@ControllerAdvice(basePackages = "com.kt.eventmarketing.web.ui")
class WebAppErrors {

    private static final Logger log = LoggerFactory.getLogger(WebAppErrors.class);

    private final MessageSource messages;

    WebAppErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BackendProblem.class)
    ModelAndView backendProblem(
            BackendProblem problem, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (problem.status() == 401) {
            SessionCookie.clear(request, response);
            String target = "/login?expired";
            if (HtmxRequests.isHtmx(request)) {
                response.setHeader("HX-Redirect", target);
                return new ModelAndView("ui/fragments :: empty");
            }
            return new ModelAndView("redirect:" + target);
        }
        if (problem.isUnreachable() || problem.status() >= 500) {
            log.warn(
                    "A service call of {} {} failed: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    problem.getMessage());
        }
        int status = problem.status() == 403 ? 404 : problem.isUnreachable() ? 503 : problem.status();
        if (HtmxRequests.isHtmx(request)) {
            response.setHeader("HX-Retarget", "#alerts");
            response.setHeader("HX-Reswap", "innerHTML");
            var fragment = new ModelAndView("ui/fragments :: alert");
            fragment.addObject(
                    "message",
                    status == 404
                            ? messages.getMessage("error.notFound.title", null, locale)
                            : Problems.message(problem, messages, locale));
            fragment.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
            return fragment;
        }
        var page = new ModelAndView("ui/error");
        page.addObject("status", status);
        page.addObject("formExpired", false);
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return page;
    }
}
