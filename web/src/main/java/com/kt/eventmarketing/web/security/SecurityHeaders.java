package com.kt.eventmarketing.web.security;

import java.util.LinkedHashMap;
import java.util.Map;

/** The security headers of the edge's responses, in one place for the filter and Tomcat's error valve. */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI styles elements inline; its scripts are files like everyone else's. */
    static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    /**
     * The headers for a response.
     *
     * @param path the request path within the application
     * @param secure whether the request came over HTTPS (HSTS is only sent then)
     */
    public static Map<String, String> forRequest(String path, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "Content-Security-Policy",
                path.startsWith("/swagger-ui/") ? SWAGGER_UI_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secure) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return headers;
    }
}
