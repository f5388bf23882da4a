package com.kt.eventmarketing.web.errors;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The errors the edge answers itself, as RFC 9457 problem details in the platform's form (as the
 * services write them with {@code common}'s {@code Problems}): {@code type} {@code /problems/<code>}
 * and a {@code code} property clients may switch on, e.g. {@code service-unavailable}.
 */
public final class EdgeProblems {

    /**
     * A request attribute with the detail to show, instead of the status's default one, when the
     * error page renders an error sent with {@code response.sendError(status)}.
     */
    public static final String DETAIL_ATTRIBUTE = EdgeProblems.class.getName() + ".detail";

    private EdgeProblems() {}

    public static ProblemDetail problem(HttpStatusCode status, String detail) {
        String code = codeOf(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(titleOf(status));
        problem.setProperty("code", code);
        return problem;
    }

    /** The problem code of a status: {@code service-unavailable}, {@code not-found} … */
    public static String codeOf(HttpStatusCode status) {
        if (status.value() == 500) {
            return "internal-error";
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "error-" + status.value();
    }

    public static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }

    /** A problem response for a functional route (the API proxy). */
    public static ServerResponse response(HttpStatusCode status, String detail, ServerRequest request) {
        ProblemDetail problem = problem(status, detail);
        problem.setInstance(URI.create(request.requestPath().value()));
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    public static ServerResponse notFound(ServerRequest request) {
        return response(HttpStatus.NOT_FOUND, "There is no API at this path.", request);
    }

    public static ServerResponse serviceUnavailable(String service, ServerRequest request) {
        return response(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The service for this path (" + service + ") is not available. Please try again later.",
                request);
    }

    public static ServerResponse gatewayTimeout(String service, ServerRequest request) {
        return response(
                HttpStatus.GATEWAY_TIMEOUT,
                "The service for this path (" + service + ") did not answer in time.",
                request);
    }

    public static ServerResponse badGateway(String service, ServerRequest request) {
        return response(
                HttpStatus.BAD_GATEWAY,
                "The service for this path (" + service + ") failed to answer properly.",
                request);
    }

    /** A generic detail for a status, never the text of an exception. */
    public static String defaultDetail(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is not valid.";
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed at this path.";
            case 406 -> "The requested media type cannot be produced.";
            case 413 -> "The request is too large.";
            case 415 -> "The media type of the request is not supported.";
            default ->
                status.is5xxServerError()
                        ? "The server could not handle the request. Please try again later."
                        : "The request could not be handled.";
        };
    }
}
