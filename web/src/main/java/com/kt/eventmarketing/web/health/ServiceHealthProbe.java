package com.kt.eventmarketing.web.health;

import com.kt.eventmarketing.web.EdgeProperties;
import com.kt.eventmarketing.web.EdgeServices;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Checks every configured service's {@code /actuator/health} at once (one virtual thread each,
 * short timeouts) and keeps the answers for {@code kt.edge.health.cache-for}, so that a health
 * request of the edge costs at most one timeout and frequent probes do not reach the services.
 */
class ServiceHealthProbe {

    private final EdgeServices services;
    private final Duration cacheFor;
    private final Clock clock;
    private final RestClient client;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, Map.of());

    ServiceHealthProbe(EdgeServices services, EdgeProperties.Health settings, Clock clock) {
        this.services = services;
        this.cacheFor = settings.cacheFor();
        this.clock = clock;
        this.client = RestClient.builder()
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk()
                        .withHttpClientCustomizer(http -> http.version(HttpClient.Version.HTTP_1_1))
                        .build(HttpClientSettings.defaults()
                                .withTimeouts(settings.timeout(), settings.timeout())
                                .withRedirects(HttpRedirects.DONT_FOLLOW)))
                .build();
    }

    /** The health of a configured service, at most {@code cacheFor} old. */
    Health health(String service) {
        Snapshot current = fresh();
        return current.results().getOrDefault(service, Health.unknown().build());
    }

    private Snapshot fresh() {
        Snapshot current = snapshot;
        if (!current.isOlderThan(cacheFor, clock.instant())) {
            return current;
        }
        refreshing.lock();
        try {
            current = snapshot;
            if (current.isOlderThan(cacheFor, clock.instant())) {
                current = new Snapshot(clock.instant(), checkAll());
                snapshot = current;
            }
            return current;
        } finally {
            refreshing.unlock();
        }
    }

    private Map<String, Health> checkAll() {
        Map<String, CompletableFuture<Health>> checks = new LinkedHashMap<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            services.all()
                    .forEach((name, baseUrl) ->
                            checks.put(name, CompletableFuture.supplyAsync(() -> check(baseUrl), executor)));
        }
        Map<String, Health> results = new LinkedHashMap<>();
        checks.forEach((name, check) -> results.put(name, check.join()));
        return results;
    }

    private Health check(URI baseUrl) {
        try {
            return client.get()
                    .uri(baseUrl.resolve("/actuator/health"))
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        Status status = statusOf(response.getStatusCode().value(), readStatus(response));
                        return Health.status(status)
                                .withDetail(
                                        "httpStatus", response.getStatusCode().value())
                                .build();
                    });
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }

    private static String readStatus(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            Map<?, ?> body = response.bodyTo(Map.class);
            return body != null && body.get("status") instanceof String status ? status : null;
        } catch (RuntimeException e) {
            return null; // not a health document
        }
    }

    /** The service's own status if it sent one, else one derived from the HTTP status. */
    private static Status statusOf(int httpStatus, String reported) {
        if (reported != null && !reported.isBlank()) {
            return new Status(reported);
        }
        return httpStatus >= 200 && httpStatus < 300 ? Status.UP : Status.DOWN;
    }

    private record Snapshot(Instant takenAt, Map<String, Health> results) {

        boolean isOlderThan(Duration age, Instant now) {
            return takenAt.plus(age).isBefore(now) || takenAt.equals(Instant.MIN);
        }
    }
}
