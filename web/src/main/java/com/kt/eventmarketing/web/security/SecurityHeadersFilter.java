package com.kt.eventmarketing.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response of the edge: its own pages, the errors and the proxied API.
 *
 * <p>A header that a service sends itself replaces the edge's (the gateway adds downstream headers
 * with {@code addHeader}, which would otherwise send both). Only {@code /swagger-ui/**} gets a CSP
 * with {@code style-src 'unsafe-inline'}; scripts stay {@code 'self'} everywhere. HSTS only over
 * HTTPS (as seen through a trusted proxy's {@code X-Forwarded-Proto}): browsers ignore it over
 * HTTP, and it must not pin a plain-HTTP development setup. See {@link SecurityHeaders}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var withDefaults = new DefaultHeadersResponse(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.forRequest(path, request.isSecure()).forEach(withDefaults::setDefault);
        chain.doFilter(request, withDefaults);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // error pages get the headers too
    }

    /** A response whose default headers are replaced, not duplicated, by a later {@code addHeader}. */
    private static final class DefaultHeadersResponse extends HttpServletResponseWrapper {

        private final Set<String> defaults = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

        DefaultHeadersResponse(HttpServletResponse response) {
            super(response);
        }

        void setDefault(String name, String value) {
            super.setHeader(name, value);
            defaults.add(name);
        }

        @Override
        public void addHeader(String name, String value) {
            if (defaults.remove(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            defaults.remove(name);
            super.setHeader(name, value);
        }
    }
}
