package com.kt.eventmarketing.common.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure a client can act on, answered as RFC 9457 problem details by every service. Plain Java
 * on purpose: domain and application code may throw it without depending on the web layer.
 *
 * <p>{@code code} names the problem in a stable, machine-readable way (it becomes the problem's
 * {@code type} {@code /problems/<code>} and a {@code code} property); {@code detail} is the
 * precise, human-readable explanation.
 */
public class ProblemException extends RuntimeException {

    public enum Kind {
        INVALID(400, "Bad Request"),
        UNAUTHORIZED(401, "Unauthorized"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not Found"),
        CONFLICT(409, "Conflict"),
        GONE(410, "Gone"),
        LOCKED(423, "Locked"),
        TOO_MANY_REQUESTS(429, "Too Many Requests"),
        UNAVAILABLE(503, "Service Unavailable");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    /** One bad input field: where it is and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final Kind kind;
    private final String code;
    private final Map<String, Object> properties;
    private final Duration retryAfter;

    protected ProblemException(
            Kind kind, String code, String detail, Map<String, Object> properties, Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.properties = Map.copyOf(properties);
        this.retryAfter = retryAfter;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Kind.NOT_FOUND, "not-found", what + " " + id + " does not exist.", Map.of(), null);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(Kind.CONFLICT, code, detail, Map.of(), null);
    }

    public static ProblemException conflict(String code, String detail, Map<String, Object> properties) {
        return new ProblemException(Kind.CONFLICT, code, detail, properties, null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid.";
        return new ProblemException(
                Kind.INVALID, "invalid-request", detail, Map.of("errors", List.copyOf(errors)), null);
    }

    public static ProblemException unauthorized(String code, String detail) {
        return new ProblemException(Kind.UNAUTHORIZED, code, detail, Map.of(), null);
    }

    public static ProblemException gone(String code, String detail) {
        return new ProblemException(Kind.GONE, code, detail, Map.of(), null);
    }

    public static ProblemException locked(String code, String detail, Duration retryAfter) {
        return new ProblemException(Kind.LOCKED, code, detail, Map.of(), retryAfter);
    }

    public static ProblemException tooManyRequests(String code, String detail, Duration retryAfter) {
        return new ProblemException(Kind.TOO_MANY_REQUESTS, code, detail, Map.of(), retryAfter);
    }

    public static ProblemException unavailable(String code, String detail, Duration retryAfter) {
        return new ProblemException(Kind.UNAVAILABLE, code, detail, Map.of(), retryAfter);
    }

    public static ProblemException of(Kind kind, String code, String detail) {
        return new ProblemException(kind, code, detail, Map.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** Extra members of the problem document, e.g. {@code errors} or {@code missing}. */
    public Map<String, Object> properties() {
        return new LinkedHashMap<>(properties);
    }

    /** When the client may try again ({@code Retry-After}), or {@code null}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
