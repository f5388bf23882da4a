package com.kt.eventmarketing.web.ui.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The web app's session: the user service's access token in a cookie the page's scripts cannot read (HttpOnly), sent
 * only to this site (SameSite=Lax), only over HTTPS when the request came over HTTPS (Secure), and never stored on
 * disk by the browser (no Max-Age: it ends with the browser; the token itself expires and is renewed while in use).
 * Nothing of the session is kept on the edge, so any replica serves any request.
 */
public final class SessionCookie {

    public static final String NAME = "KT_SESSION";

    private SessionCookie() {}

    public static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, token, null).toString());
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
        var cookie = ResponseCookie.from(NAME, value)
                .path("/")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax");
        if (maxAge != null) {
            cookie.maxAge(maxAge);
        }
        return cookie.build();
    }
}
