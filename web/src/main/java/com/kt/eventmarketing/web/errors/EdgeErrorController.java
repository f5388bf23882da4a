package com.kt.eventmarketing.web.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error that reaches the servlet container's error page ({@code sendError}, uncaught
 * exceptions, rejected paths) as {@code application/problem+json}, in place of Spring Boot's
 * whitelabel page and JSON. Never includes exception messages or stack traces.
 */
@RestController
class EdgeErrorController implements ErrorController {

    /**
     * A person's browser on one of the web app's pages gets a page in their language with a way back; everything
     * else (the API, scripts, curl) the problem document.
     */
    @RequestMapping(value = "${server.error.path:${error.path:/error}}", produces = MediaType.TEXT_HTML_VALUE)
    Object errorPage(HttpServletRequest request) {
        URI path = originalPath(request);
        String raw = path == null ? "" : path.getPath();
        if (raw == null
                || raw.startsWith("/api/")
                || raw.startsWith("/actuator")
                || raw.startsWith("/v3/")
                || raw.startsWith("/swagger-ui")
                || raw.startsWith("/webjars/")) {
            return error(request);
        }
        HttpStatusCode status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatusCode.valueOf(code)
                : HttpStatus.NOT_FOUND;
        var page = new ModelAndView("ui/error", status);
        page.addObject("status", status.value());
        page.addObject("formExpired", request.getAttribute("kt.web.form-expired") != null);
        return page;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // the error page requested directly is not an error: there is nothing there
        HttpStatusCode status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatusCode.valueOf(code)
                : HttpStatus.NOT_FOUND;
        String detail = request.getAttribute(EdgeProblems.DETAIL_ATTRIBUTE) instanceof String text
                ? text
                : EdgeProblems.defaultDetail(status);
        ProblemDetail problem = EdgeProblems.problem(status, detail);
        problem.setInstance(originalPath(request));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The path of the request that failed, not the error page's. */
    private static URI originalPath(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        try {
            return URI.create(path instanceof String original ? original : request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
