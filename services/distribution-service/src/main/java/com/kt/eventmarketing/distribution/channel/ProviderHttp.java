package com.kt.eventmarketing.distribution.channel;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the providers: JSON or form bodies, the idempotency key as a header, and the answer judged
 * the same way for all — 2xx taken, 408/429/5xx and network trouble worth a retry, other 4xx not.
 */
final class ProviderHttp {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client;
    private final Duration requestTimeout;

    ProviderHttp(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
    }

    static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    JsonNode postJson(String url, Object body, Map<String, String> headers) {
        return send(url, "application/json", HttpRequest.BodyPublishers.ofString(json(body)), headers, "POST");
    }

    JsonNode postForm(String url, Map<String, String> form, Map<String, String> headers) {
        String encoded = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                url,
                "application/x-www-form-urlencoded;charset=UTF-8",
                HttpRequest.BodyPublishers.ofString(encoded),
                headers,
                "POST");
    }

    JsonNode get(String url, Map<String, String> headers) {
        return send(url, null, HttpRequest.BodyPublishers.noBody(), headers, "GET");
    }

    private JsonNode send(
            String url,
            String contentType,
            HttpRequest.BodyPublisher body,
            Map<String, String> headers,
            String method) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ChannelFailure(
                    "no answer from " + host(url) + " within " + requestTimeout.toMillis() + " ms", true, e);
        } catch (IOException e) {
            throw new ChannelFailure(
                    "cannot reach " + host(url) + ": " + e.getClass().getSimpleName(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelFailure("interrupted while calling " + host(url), true, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return parse(response.body(), url);
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new ChannelFailure("HTTP " + status + " from " + host(url) + excerpt(response.body()), retryable);
    }

    private static JsonNode parse(String body, String url) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new ChannelFailure("unreadable answer from " + host(url), true, e);
        }
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return ": " + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine);
    }

    private static String host(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
