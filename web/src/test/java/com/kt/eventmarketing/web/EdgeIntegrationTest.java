package com.kt.eventmarketing.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The edge on a random port in front of WireMock stand-ins: user, participation, event and
 * analytics services configured and up, distribution configured but down, content not configured.
 * Every integration test class extends this and adds no configuration, so they share one context.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=web", "kt.edge.read-timeout=2s", "kt.edge.health.cache-for=0s"})
abstract class EdgeIntegrationTest {

    static final String PROBLEM_JSON = "application/problem+json";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("kt.edge.services.user-service", () -> Services.baseUrl(Services.USER));
        registry.add("kt.edge.services.participation-service", () -> Services.baseUrl(Services.PARTICIPATION));
        registry.add("kt.edge.services.event-service", () -> Services.baseUrl(Services.EVENT));
        registry.add("kt.edge.services.analytics-service", () -> Services.baseUrl(Services.ANALYTICS));
        registry.add("kt.edge.services.distribution-service", () -> Services.DOWN_BASE_URL);
    }

    @BeforeEach
    void servicesAreUp() {
        for (WireMockServer service : Services.ALL) {
            service.resetAll();
            service.stubFor(get("/actuator/health").willReturn(okJson("{\"status\":\"UP\"}")));
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> fetch(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = request(pathAndQuery).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpClient client() {
        return CLIENT;
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(response.body())
                .contains("\"status\":" + status)
                .contains("\"type\":\"/problems/")
                .contains("\"code\":\"")
                .contains("\"title\":")
                .contains("\"detail\":")
                .doesNotContain("trace")
                .doesNotContain("exception")
                .doesNotContain("at com.")
                .doesNotContain("at org.");
    }
}
