package com.kt.eventmarketing.web.ui.backend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service answered a page's call with an error: its status and the problem document's {@code code}, {@code detail}
 * and field errors ({@code errors[].field} → {@code message}), for the page to show next to the form. Status 0 means
 * the service could not be reached at all.
 */
public class BackendProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String detail;
    private final Map<String, String> fieldErrors;
    private final Long retryAfterSeconds;

    public BackendProblem(int status, String code, String detail, Map<String, String> fieldErrors, Long retryAfter) {
        super(status + " " + code);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.fieldErrors = new LinkedHashMap<>(fieldErrors);
        this.retryAfterSeconds = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The problem's machine-readable {@code code} (e.g. {@code duplicate-entry}), or {@code null}. */
    public String code() {
        return code;
    }

    /** The problem's {@code detail}, for people; may be {@code null}. */
    public String detail() {
        return detail;
    }

    /** Field → message, in the order the service listed them. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean isUnreachable() {
        return status == 0;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an expected answer, not a bug: no stack trace to build
    }
}
