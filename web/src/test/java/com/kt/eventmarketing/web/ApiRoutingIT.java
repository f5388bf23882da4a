package com.kt.eventmarketing.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRoutingIT extends EdgeIntegrationTest {

    private static final String EVENT_ID = "3f1c2a9e-7b1d-4c2e-9a55-0d3b6f1e8a21";

    @Test
    void routesEachPathToTheServiceThatOwnsIt() {
        Map<WireMockServer, String> names = Map.of(
                Services.USER, "user-service",
                Services.PARTICIPATION, "participation-service",
                Services.EVENT, "event-service",
                Services.ANALYTICS, "analytics-service");
        names.forEach(
                (server, name) -> server.stubFor(any(anyUrl()).atPriority(10).willReturn(ok(name))));

        Map<String, String> expected = Map.ofEntries(
                Map.entry("/api/v1/users/me", "user-service"),
                Map.entry("/api/v1/public/events/" + EVENT_ID, "participation-service"),
                Map.entry("/api/v1/public/events/" + EVENT_ID + "/winners", "participation-service"),
                Map.entry("/api/v1/events/" + EVENT_ID + "/participants?page=0&size=20", "participation-service"),
                Map.entry("/api/v1/events/" + EVENT_ID + "/participants/p1/store-visit", "participation-service"),
                Map.entry("/api/v1/events/" + EVENT_ID + "/participants.csv", "participation-service"),
                Map.entry("/api/v1/events/" + EVENT_ID + "/draws", "participation-service"),
                Map.entry("/api/v1/events?status=DRAFT&page=0", "event-service"),
                Map.entry("/api/v1/events/" + EVENT_ID, "event-service"),
                Map.entry("/api/v1/events/" + EVENT_ID + "/ai-recommendations", "event-service"),
                Map.entry("/api/v1/jobs/" + EVENT_ID, "event-service"),
                Map.entry("/api/v1/analytics/events/" + EVENT_ID + "/dashboard", "analytics-service"));

        expected.forEach((path, service) -> {
            HttpResponse<String> response = fetch(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo(service);
        });
        // the query goes on (the gateway rebuilds it from the parameters, which may change their order)
        Services.PARTICIPATION.verify(getRequestedFor(urlPathEqualTo("/api/v1/events/" + EVENT_ID + "/participants"))
                .withQueryParam("page", equalTo("0"))
                .withQueryParam("size", equalTo("20")));
        Services.EVENT.verify(getRequestedFor(urlPathEqualTo("/api/v1/events"))
                .withQueryParam("status", equalTo("DRAFT"))
                .withQueryParam("page", equalTo("0")));
    }

    @Test
    void forwardsAuthorizationAndTellsTheServiceWhoTheClientIs() {
        Services.USER.stubFor(get("/api/v1/users/me").willReturn(ok("{}")));

        fetch("/api/v1/users/me", "Authorization", "Bearer header.payload.signature");

        LoggedRequest received = single(Services.USER, "/api/v1/users/me");
        assertThat(received.getHeader("Authorization")).isEqualTo("Bearer header.payload.signature");
        assertThat(received.getHeaders().getHeader("X-Forwarded-For").values()).containsExactly("127.0.0.1");
        assertThat(received.getHeader("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.getHeader("X-Forwarded-Host")).isEqualTo("localhost:" + port);
        assertThat(received.getHeader("X-Forwarded-Port")).isEqualTo(Integer.toString(port));
    }

    @Test
    void takesTheClientIpFromATrustedProxyAndSendsOnlyThat() {
        Services.USER.stubFor(get("/api/v1/users/me").willReturn(ok("{}")));

        // the test client is on loopback, which counts as a trusted proxy (like the Application Gateway)
        fetch("/api/v1/users/me", "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");

        LoggedRequest received = single(Services.USER, "/api/v1/users/me");
        assertThat(received.getHeaders().getHeader("X-Forwarded-For").values()).containsExactly("203.0.113.7");
        assertThat(received.getHeader("X-Forwarded-Proto")).isEqualTo("https");
    }

    @Test
    void passesRequestAndResponseBodiesAndStatusesThroughUnchanged() {
        String registration = "{\"name\":\"김민지\",\"storeName\":\"민지네 카페\",\"businessNumber\":\"123-45-67890\"}";
        String created = "{\"userId\":\"u-1\",\"storeId\":\"s-1\",\"accessToken\":\"t\"}";
        Services.USER.stubFor(post("/api/v1/users/register")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Location", "/api/v1/users/me")
                        .withBody(created)));

        HttpResponse<String> response = send(request("/api/v1/users/register")
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(registration, StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo(created);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/users/me");
        Services.USER.verify(postRequestedFor(urlEqualTo("/api/v1/users/register"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalTo(registration)));
    }

    @Test
    void passesAProblemFromAServiceThroughUnchanged() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                + "\"detail\":\"사업자등록번호가 올바르지 않습니다.\",\"instance\":\"/api/v1/users/register\"}";
        Services.USER.stubFor(post("/api/v1/users/register")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody(problem)));

        HttpResponse<String> response = send(request("/api/v1/users/register")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"businessNumber\":\"123-45-67891\"}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).isEqualTo(problem);
    }

    @Test
    void passesEmptyAndConflictResponsesThrough() {
        Services.USER.stubFor(
                post("/api/v1/users/logout").willReturn(aResponse().withStatus(204)));
        Services.EVENT.stubFor(post("/api/v1/events/" + EVENT_ID + "/publish")
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409}")));

        HttpResponse<String> logout = send(request("/api/v1/users/logout").POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> publish =
                send(request("/api/v1/events/" + EVENT_ID + "/publish").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.body()).isEmpty();
        assertThat(publish.statusCode()).isEqualTo(409);
        assertThat(publish.body()).isEqualTo("{\"status\":409}");
    }

    @Test
    void streamsServerSentEventsAsTheyCome() throws Exception {
        String stream = "data: {\"views\":1}\n\n" + "data: {\"views\":2}\n\n"; // two chunks of equal size
        Services.ANALYTICS.stubFor(get("/api/v1/analytics/events/" + EVENT_ID + "/stream")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(stream)
                        .withChunkedDribbleDelay(2, 3000)));

        HttpResponse<InputStream> response = client().send(
                        request("/api/v1/analytics/events/" + EVENT_ID + "/stream")
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            long firstAt = System.nanoTime();
            List<String> rest = reader.lines().toList();
            long endAt = System.nanoTime();
            assertThat(first).isEqualTo("data: {\"views\":1}");
            assertThat(rest).contains("data: {\"views\":2}");
            // the first event arrived while the service was still holding back the second one
            assertThat((endAt - firstAt) / 1_000_000).isGreaterThan(1000);
        }
    }

    @Test
    void answersServiceUnavailableForAServiceThatIsNotConfigured() {
        HttpResponse<String> response = fetch("/api/v1/content/images/" + EVENT_ID);

        assertProblem(response, 503);
        assertThat(response.body()).contains("content-service");
    }

    @Test
    void answersServiceUnavailableForAConfiguredServiceThatIsDown() {
        HttpResponse<String> response = fetch("/api/v1/distributions/channels");

        assertProblem(response, 503);
        assertThat(response.body()).contains("distribution-service");
    }

    @Test
    void answersGatewayTimeoutWhenAServiceIsTooSlow() {
        Services.EVENT.stubFor(get("/api/v1/events/" + EVENT_ID).willReturn(ok("{}").withFixedDelay(3000)));

        HttpResponse<String> response = fetch("/api/v1/events/" + EVENT_ID);

        assertProblem(response, 504);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "/api/v2/users/me", "/api/v1/unknown", "/api/v1/usersx"})
    void answersNotFoundForApiPathsThatNoServiceServes(String path) {
        assertProblem(fetch(path), 404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/user-service/actuator/env",
                "/api/v1/actuator/health",
                "/api/v1/users/actuator/env",
                "/api/v1/users/ACTUATOR/env",
                "/api/v1/users/%61ctuator/env",
                "/api/v1/users/../../actuator/env",
                "/api/v1/users/%2e%2e/%2e%2e/actuator/env",
                "/api/v1/users/..;/..;/actuator/env",
                "/api/v1/users/;x=1/actuator/env"
            })
    void neverReachesTheActuatorOfAService(String path) {
        Services.USER.stubFor(any(anyUrl()).willReturn(ok("reached")));

        HttpResponse<String> response = fetch(path);

        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertProblem(response, response.statusCode());
        assertThat(response.body()).doesNotContain("reached");
        Services.USER.verify(0, getRequestedFor(urlPathMatching("/api/.*")));
        Services.USER.verify(0, getRequestedFor(urlPathMatching("/actuator/(?!health$).*")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users/%2F/actuator", "/api/v1/users/a%5Cb"})
    void answersProblemsForPathsThatTomcatRefusesItself(String path) {
        HttpResponse<String> response = fetch(path);

        assertProblem(response, 400);
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        Services.USER.verify(0, getRequestedFor(urlPathMatching("/api/.*")));
    }

    private static LoggedRequest single(WireMockServer server, String url) {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlEqualTo(url)));
        assertThat(requests).hasSize(1);
        return requests.getFirst();
    }
}
