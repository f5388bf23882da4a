package com.kt.eventmarketing.web.routing;

import com.kt.eventmarketing.web.errors.EdgeProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request paths that could mean one thing to the edge and another to a service: dot
 * segments, path parameters, backslashes and encoded dots, slashes, backslashes or percent signs.
 * Spring matches routes on the raw path while the proxy sends that raw path on, so {@code
 * /api/v1/users/../../actuator/env} would match the user route and then reach the user service's
 * actuator once the service normalised it. (Tomcat itself already refuses some of these.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StrictPathFilter extends OncePerRequestFilter {

    private static final Pattern UNSAFE = Pattern.compile("(?i);|\\\\|%2e|%2f|%5c|%25|%00|(^|/)\\.{1,2}(/|$)");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (UNSAFE.matcher(request.getRequestURI()).find()) {
            request.setAttribute(
                    EdgeProblems.DETAIL_ATTRIBUTE,
                    "The request path contains dot segments, path parameters or encoded characters that are not allowed.");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
