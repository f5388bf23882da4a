package com.kt.eventmarketing.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Tells the services who the client is: {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and
 * {@code -Port}, each with exactly one value that the edge established, never one a client sent.
 * The services rate-limit by client IP, so a client must not be able to choose its own.
 *
 * <p>The values come from the servlet request, which Tomcat's {@code RemoteIpValve} ({@code
 * server.forward-headers-strategy=native}) has already corrected when the request came through a
 * trusted proxy ({@code server.tomcat.remoteip.internal-proxies}, by default private and loopback
 * addresses, e.g. the Application Gateway in front). Runs after the gateway's own filters that strip
 * incoming {@code X-Forwarded-*} headers.
 */
class ForwardedHeaders implements RequestHttpHeadersFilter, Ordered {

    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        HttpServletRequest servletRequest = request.servletRequest();
        URI uri = request.uri();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
        boolean defaultPort = ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);

        HttpHeaders headers = new HttpHeaders();
        for (var header : input.headerSet()) {
            if (!header.getKey().toLowerCase(Locale.ROOT).startsWith("x-forwarded-")
                    && !header.getKey().equalsIgnoreCase("Forwarded")) {
                headers.addAll(header.getKey(), List.copyOf(header.getValue()));
            }
        }
        headers.set(FOR, servletRequest.getRemoteAddr());
        headers.set(PROTO, scheme);
        headers.set(HOST, defaultPort ? uri.getHost() : uri.getHost() + ":" + port);
        headers.set(PORT, Integer.toString(port));
        return headers;
    }

    @Override
    public int getOrder() {
        // after the gateway's X-Forwarded filters (order 0), before its hop-by-hop filter
        return 10;
    }
}
