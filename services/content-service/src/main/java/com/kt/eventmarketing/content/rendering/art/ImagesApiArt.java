package com.kt.eventmarketing.content.rendering.art;

import com.kt.eventmarketing.content.ContentProperties;
import com.kt.eventmarketing.content.design.domain.Design;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Background art from an image generation HTTP API in the OpenAI Images shape ({@code POST
 * /v1/images/generations}, answer {@code data[0].b64_json}), which OpenAI and several Stable
 * Diffusion gateways serve. Each call has a timeout, transient failures (timeouts, 429, 5xx) are
 * retried, and a circuit breaker stops calling a generator that keeps failing; every failure ends
 * in the built-in backdrop, never in a failed image.
 */
public class ImagesApiArt implements BackgroundArt {

    private static final Logger log = LoggerFactory.getLogger(ImagesApiArt.class);

    private final ContentProperties.Art settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry retry;
    private final CircuitBreaker breaker;

    public ImagesApiArt(ContentProperties.Art settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.retry = Retry.of(
                "image-api",
                RetryConfig.custom()
                        .maxAttempts(Math.max(1, settings.maxAttempts()))
                        .waitDuration(settings.retryDelay())
                        .retryOnException(e -> e instanceof ImageApiException failure && failure.transient_())
                        .build());
        this.breaker = CircuitBreaker.of(
                "image-api",
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(settings.failureRateThreshold())
                        .minimumNumberOfCalls(settings.minimumCalls())
                        .slidingWindowSize(Math.max(10, settings.minimumCalls()))
                        .waitDurationInOpenState(settings.openDuration())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build());
    }

    @Override
    public String source() {
        return "OPENAI";
    }

    public CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    @Override
    public Optional<byte[]> paint(Design design) {
        String prompt = ArtPrompts.forDesign(design);
        Orientation orientation = Orientation.of(design.platform());
        try {
            return Optional.of(
                    breaker.executeSupplier(() -> retry.executeSupplier(() -> generate(prompt, orientation))));
        } catch (CallNotPermittedException e) {
            log.info("Image generator circuit is open; using the built-in backdrop");
        } catch (ImageApiException e) {
            log.warn("Image generator failed ({}); using the built-in backdrop", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Image generator call failed unexpectedly; using the built-in backdrop", e);
        }
        return Optional.empty();
    }

    private byte[] generate(String prompt, Orientation orientation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", settings.model());
        body.put("prompt", prompt);
        body.put("size", orientation.size());
        body.put("n", 1);
        if (settings.model().startsWith("dall-e")) {
            body.put("response_format", "b64_json");
        } else if (settings.quality() != null && !settings.quality().isBlank()) {
            body.put("quality", settings.quality());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ImageApiException("no answer: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageApiException("interrupted", false);
        }
        int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new ImageApiException("HTTP " + status, true);
        }
        if (status != 200) {
            throw new ImageApiException("HTTP " + status + " (not retried)", false);
        }
        return image(response.body());
    }

    private byte[] image(byte[] body) {
        try {
            JsonNode b64 = json.readTree(body).path("data").path(0).path("b64_json");
            if (!b64.isString() || b64.asString().isEmpty()) {
                throw new ImageApiException("answer without data[0].b64_json", false);
            }
            return Base64.getDecoder().decode(b64.asString());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ImageApiException("unreadable answer: " + e.getMessage(), false);
        }
    }

    private URI endpoint() {
        String base = settings.baseUrl().endsWith("/")
                ? settings.baseUrl().substring(0, settings.baseUrl().length() - 1)
                : settings.baseUrl();
        return URI.create(base + "/v1/images/generations");
    }

    /** A failed call; {@code transient_} ones (timeouts, 429, 5xx) are worth retrying. */
    static final class ImageApiException extends RuntimeException {

        private final boolean transientFailure;

        ImageApiException(String message, boolean transientFailure) {
            super(message);
            this.transientFailure = transientFailure;
        }

        boolean transient_() {
            return transientFailure;
        }
    }
}
