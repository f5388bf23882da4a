package com.kt.eventmarketing.common.error.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents of the platform, so every service answers errors the same way. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail, Map<String, Object> properties) {
        ProblemDetail problem = of(status, code, detail);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** Problem types are relative URIs under {@code /problems/}, stable names clients may switch on. */
    public static URI type(String code) {
        return URI.create("/problems/" + code);
    }
}
