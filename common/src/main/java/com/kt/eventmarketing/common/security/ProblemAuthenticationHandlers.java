package com.kt.eventmarketing.common.security;

import com.kt.eventmarketing.common.error.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem details, with the {@code WWW-Authenticate} challenge of RFC 6750. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        boolean tokenPresent =
                ex instanceof InvalidBearerTokenException || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        ProblemDetail problem = tokenPresent
                ? Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "invalid-token",
                        "The access token is invalid, expired or revoked. Log in again.")
                : Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "authentication-required",
                        "This needs an access token: send 'Authorization: Bearer <token>' (log in first).");
        String challenge = tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        write(request, response, HttpStatus.UNAUTHORIZED, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You may not do this."));
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, ProblemDetail problem)
            throws IOException {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // flattened by hand: a plain mapper would nest the extra members under "properties"
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put(
                "instance",
                problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
