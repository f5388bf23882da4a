package com.kt.eventmarketing.common.error.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that never reached a controller (a servlet filter, the container) with problem
 * details too, instead of Boot's whitelabel JSON, and never with a stack trace.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = switch (status) {
            case NOT_FOUND -> "There is nothing at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ".";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side. Nothing was changed; please try again.";
            default -> status.getReasonPhrase() + ".";
        };
        String problemCode = status.name().toLowerCase().replace('_', '-');
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            problemCode = "internal-error";
        }
        ProblemDetail problem = Problems.of(status, problemCode, detail);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(java.net.URI.create(path));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
