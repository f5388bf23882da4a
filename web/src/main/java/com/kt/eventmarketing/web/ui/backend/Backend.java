package com.kt.eventmarketing.web.ui.backend;

import com.kt.eventmarketing.web.EdgeProperties;
import com.kt.eventmarketing.web.EdgeServices;
import com.kt.eventmarketing.web.routing.ProxyConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the web app's pages call the services: straight to each service (not through the edge's own API routes), as
 * the signed-in owner (the session's token as the bearer), in the page's language ({@code Accept-Language}) and on
 * behalf of the browser's address ({@code X-Forwarded-For}, which the services trust from the edge for their rate
 * limits). JSON answers come back as plain maps and lists, which the templates read as {@code ${event.name}}; errors
 * come back as {@link BackendProblem}.
 */
@Component
public class Backend {

    public static final String USER = "user-service";
    public static final String EVENT = "event-service";
    public static final String CONTENT = "content-service";
    public static final String PARTICIPATION = "participation-service";
    public static final String DISTRIBUTION = "distribution-service";
    public static final String ANALYTICS = "analytics-service";

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private final EdgeServices services;
    private final RestClient http;
    private final RestClient streaming;
    private final JsonMapper json = JsonMapper.shared();

    Backend(EdgeServices services, EdgeProperties edge, RestClient.Builder builder) {
        this.services = services;
        this.http = builder.clone()
                .requestFactory(ProxyConfiguration.requestFactory(edge.connectTimeout(), edge.readTimeout()))
                .build();
        this.streaming = builder.clone()
                .requestFactory(ProxyConfiguration.streamingRequestFactory(edge.connectTimeout(), edge.streamTimeout()))
                .build();
    }

    /** A call to a service: {@code backend.to(EVENT).get("/api/v1/events/{id}", id).map()}. */
    public Call to(String service) {
        URI base = services.baseUrl(service)
                .orElseThrow(
                        () -> new BackendProblem(0, "not-configured", service + " is not configured", Map.of(), null));
        return new Call(base);
    }

    /** The signed-in owner's token, if this request has one. */
    public static Optional<String> currentToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt
                ? Optional.of(jwt.getToken().getTokenValue())
                : Optional.empty();
    }

    public final class Call {

        private final URI base;
        private String token = currentToken().orElse(null);
        private final HttpHeaders extraHeaders = new HttpHeaders();
        private boolean stream;

        private Call(URI base) {
            this.base = base;
        }

        /** With another token than the session's (e.g. right after login). */
        public Call as(String bearerToken) {
            this.token = bearerToken;
            return this;
        }

        /** Without any token: the public pages. */
        public Call anonymously() {
            this.token = null;
            return this;
        }

        public Call header(String name, String value) {
            extraHeaders.set(name, value);
            return this;
        }

        /** For long-lived answers (Server-Sent Events): the stream timeout instead of the read timeout. */
        public Call streaming() {
            this.stream = true;
            return this;
        }

        public Answer get(String path, Object... variables) {
            return exchange(HttpMethod.GET, path, null, variables);
        }

        public Answer post(String path, Object body, Object... variables) {
            return exchange(HttpMethod.POST, path, body, variables);
        }

        public Answer put(String path, Object body, Object... variables) {
            return exchange(HttpMethod.PUT, path, body, variables);
        }

        public Answer delete(String path, Object... variables) {
            return exchange(HttpMethod.DELETE, path, null, variables);
        }

        /**
         * Streams a GET's body to {@code sink} (a CSV download, an image, an event stream) without holding it in
         * memory; the answer's headers are given first.
         */
        public void download(String path, Consumer<HttpHeaders> headers, StreamSink sink, Object... variables) {
            try {
                (stream ? streaming : http)
                        .get()
                        .uri(base + path, variables)
                        .headers(this::prepare)
                        .exchange(
                                (request, response) -> {
                                    if (response.getStatusCode().isError()) {
                                        throw problem(
                                                response.getStatusCode().value(),
                                                response.getBody().readAllBytes(),
                                                response.getHeaders());
                                    }
                                    headers.accept(response.getHeaders());
                                    try (InputStream body = response.getBody()) {
                                        sink.accept(body);
                                    }
                                    return null;
                                },
                                false);
            } catch (ResourceAccessException e) {
                throw unreachable(e);
            }
        }

        private Answer exchange(HttpMethod method, String path, Object body, Object... variables) {
            try {
                var request = http.method(method).uri(base + path, variables).headers(this::prepare);
                if (body != null) {
                    request = request.contentType(MediaType.APPLICATION_JSON).body(body);
                }
                return request.exchange(
                        (req, response) -> {
                            byte[] bytes = response.getBody().readAllBytes();
                            int status = response.getStatusCode().value();
                            if (response.getStatusCode().isError()) {
                                throw problem(status, bytes, response.getHeaders());
                            }
                            return new Answer(status, response.getHeaders(), bytes);
                        },
                        true);
            } catch (ResourceAccessException e) {
                throw unreachable(e);
            }
        }

        private void prepare(HttpHeaders headers) {
            headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
            if (token != null) {
                headers.setBearerAuth(token);
            }
            currentRequest().ifPresent(request -> {
                headers.set(
                        HttpHeaders.ACCEPT_LANGUAGE,
                        RequestContextUtils.getLocale(request).toLanguageTag());
                headers.set("X-Forwarded-For", request.getRemoteAddr());
                headers.set("X-Forwarded-Proto", request.getScheme());
                headers.set("X-Forwarded-Host", hostOf(request));
                headers.set("X-Forwarded-Port", Integer.toString(request.getServerPort()));
            });
            headers.addAll(extraHeaders);
        }
    }

    /** A successful answer: status, headers, and the body read as JSON on demand. */
    public final class Answer {

        private final int status;
        private final HttpHeaders headers;
        private final byte[] body;

        Answer(int status, HttpHeaders headers, byte[] body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public HttpHeaders headers() {
            return headers;
        }

        public Map<String, Object> map() {
            return body.length == 0 ? new LinkedHashMap<>() : json.readValue(body, json.constructType(MAP.getType()));
        }

        public List<Map<String, Object>> list() {
            return body.length == 0 ? List.of() : json.readValue(body, json.constructType(LIST.getType()));
        }

        public JsonNode tree() {
            return json.readTree(body);
        }

        public byte[] bytes() {
            return body;
        }
    }

    /** Receives a streamed body. */
    @FunctionalInterface
    public interface StreamSink {
        void accept(InputStream body) throws IOException;
    }

    private BackendProblem problem(int status, byte[] body, HttpHeaders headers) {
        String code = null;
        String detail = null;
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode problem = json.readTree(body);
            code = problem.path("code").isString() ? problem.path("code").asString() : null;
            detail = problem.path("detail").isString() ? problem.path("detail").asString() : null;
            for (JsonNode error : problem.path("errors")) {
                fields.putIfAbsent(
                        error.path("field").asString(), error.path("message").asString());
            }
        } catch (RuntimeException notJson) {
            // not a problem document (a proxy's error page): status only
        }
        Long retryAfter = null;
        String retry = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (retry != null && retry.strip().matches("\\d{1,9}")) {
            retryAfter = Long.parseLong(retry.strip());
        }
        return new BackendProblem(status, code, detail, fields, retryAfter);
    }

    private static BackendProblem unreachable(ResourceAccessException e) {
        return new BackendProblem(0, "unreachable", e.getMessage(), Map.of(), null);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    private static String hostOf(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("https".equals(request.getScheme()) && port == 443)
                || ("http".equals(request.getScheme()) && port == 80);
        return defaultPort ? request.getServerName() : request.getServerName() + ":" + port;
    }
}
