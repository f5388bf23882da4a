package com.kt.eventmarketing.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client of the running service, the way the edge or a browser talks to it. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
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

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response postRaw(String path, String raw, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(raw)));
    }

    private HttpRequest.Builder request(String path, String token) {
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
        try {
            return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, headers and the body as JSON. */
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

        /** The {@code field} of every error of a 400 problem. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors")
                    .forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }

        /** The texts of an array member of the body, e.g. a problem's {@code missing}. */
        public List<String> texts(String field) {
            List<String> values = new ArrayList<>();
            json().path(field).forEach(value -> values.add(value.asString()));
            return values;
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return JSON.readValue(raw.body(), Map.class);
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
