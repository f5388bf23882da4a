package com.kt.eventmarketing.web.ui.session;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Where the web app's pages find the owner's token: the session cookie, and only on the owner's pages ({@code /app/**}
 * and logout). Public pages never look at it, so a stale cookie cannot turn a participant's page into a login prompt.
 * An {@code Authorization} header is ignored here: the pages are used by browsers, the API has its own routes.
 */
final class SessionTokenResolver implements BearerTokenResolver {

    @Override
    public String resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/app/") && !path.equals("/app") && !path.equals("/logout")) {
            return null;
        }
        return SessionCookie.read(request).orElse(null);
    }
}
