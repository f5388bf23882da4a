package com.kt.eventmarketing.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of a running service in tests, the way the edge or a browser talks to it: JSON
 * bodies, an optional bearer token, answers as {@link Response}. A service's tests extend it with
 * what only they need (a stream, a client address).
 */
public class ServiceApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    protected final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ServiceApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, Object body, String token) {
        return send(request(path, token).POST(body(body)));
    }

    public Response put(String path, Object body, String token) {
        return send(request(path, token).PUT(body(body)));
    }

    public Response postRaw(String path, String raw, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(raw)));
    }

    /** The raw bytes of a download. */
    public HttpResponse<byte[]> download(String path, String token) {
        return exchange(request(path, token).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON request to {@code path}, with the bearer token when there is one. */
    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        return body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder request) {
        return new Response(exchange(request, HttpResponse.BodyHandlers.ofString()));
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and the body as JSON. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String text(String field) {
            return json().path(field).asString();
        }

        public Map<String, Object> map() {
            return JSON.readValue(raw.body(), Map.class);
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
