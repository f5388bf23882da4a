package com.kt.eventmarketing.web.ui.session;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an active owner signed in: when the session's token has less than {@link #RENEW_BEFORE} left, a new one is
 * fetched from the user service ({@code POST /api/v1/users/token}, which also caps the session's whole length) and
 * the cookie replaced. The current request goes on with the token it came with. A failed renewal changes nothing: the
 * token works until it expires, then the owner logs in again.
 */
final class TokenRenewal extends OncePerRequestFilter {

    static final Duration RENEW_BEFORE = Duration.ofMinutes(10);

    private final Backend backend;

    TokenRenewal(Backend backend) {
        this.backend = backend;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt
                && jwt.getToken().getExpiresAt() != null
                && Instant.now().plus(RENEW_BEFORE).isAfter(jwt.getToken().getExpiresAt())
                && !"/logout".equals(request.getServletPath())) {
            try {
                Object renewed = backend.to(Backend.USER)
                        .post("/api/v1/users/token", null)
                        .map()
                        .get("accessToken");
                if (renewed instanceof String token && !token.isBlank()) {
                    SessionCookie.write(request, response, token);
                }
            } catch (BackendProblem ignored) {
                // the session simply ends when the token expires
            }
        }
        chain.doFilter(request, response);
    }
}
