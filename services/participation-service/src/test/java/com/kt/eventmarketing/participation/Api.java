package com.kt.eventmarketing.participation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of the running service, the way the edge talks to it: each request carries an
 * X-Forwarded-For client address (a fresh random one unless {@link #from} fixed it).
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    private final String clientIp;

    public Api(int port) {
        this("http://localhost:" + port, null);
    }

    private Api(String base, String clientIp) {
        this.base = base;
        this.clientIp = clientIp;
    }

    /** The same client address for every request (a household behind one router). */
    public Api from(String ip) {
        return new Api(base, ip);
    }

    public Response get(String path, String token) {
        return send(request(path, token, Map.of()).GET());
    }

    public Response post(String path, Object body, String token) {
        return post(path, body, token, Map.of());
    }

    public Response post(String path, Object body, String token, Map<String, String> headers) {
        return send(request(path, token, headers).POST(body(body)));
    }

    public Response put(String path, Object body, String token) {
        return send(request(path, token, Map.of()).PUT(body(body)));
    }

    private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientIp != null ? clientIp : randomIp());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static String randomIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        return body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and the body as JSON or text. */
    public record Response(HttpResponse<byte[]> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public String body() {
            return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String text(String field) {
            return json().path(field).asString();
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + body();
        }
    }
}
