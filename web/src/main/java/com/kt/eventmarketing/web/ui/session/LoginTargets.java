package com.kt.eventmarketing.web.ui.session;

import java.net.URI;

/** The page to return to after login: only one of the owner's own pages on this site (no open redirect). */
public final class LoginTargets {

    private LoginTargets() {}

    /** {@code candidate} reduced to a path (+ query) under {@code /app}, or {@code null}. */
    public static String safe(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 500) {
            return null;
        }
        try {
            URI uri = URI.create(candidate.strip());
            String path = uri.getRawPath();
            if (path == null
                    || !(path.equals("/app") || path.startsWith("/app/"))
                    || path.contains("..")
                    || path.contains("//")
                    || path.contains("\\")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
