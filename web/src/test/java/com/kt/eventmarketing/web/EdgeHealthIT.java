package com.kt.eventmarketing.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class EdgeHealthIT extends EdgeIntegrationTest {

    @Test
    void reportsEachConfiguredService() {
        Services.EVENT.stubFor(get("/actuator/health")
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"OUT_OF_SERVICE\"}")));

        HttpResponse<String> health = fetch("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body())
                .contains("\"user-service\":{\"status\":\"UP\"}")
                .contains("\"participation-service\":{\"status\":\"UP\"}")
                .contains("\"analytics-service\":{\"status\":\"UP\"}")
                .contains("\"event-service\":{\"status\":\"OUT_OF_SERVICE\"}")
                .contains("\"distribution-service\":{\"status\":\"DOWN\"}")
                .doesNotContain("content-service")
                .doesNotContain("127.0.0.1");
    }

    @Test
    void staysLiveWhenServicesAreDown() {
        HttpResponse<String> liveness = fetch("/actuator/health/liveness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("services");
    }

    @Test
    void staysReadyWhenAServiceIsDown() {
        HttpResponse<String> readiness = fetch("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("services");
    }

    @Test
    void exposesPrometheusMetrics() {
        HttpResponse<String> metrics = fetch("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void exposesNoOtherActuatorEndpoint() {
        assertProblem(fetch("/actuator/env"), 404);
        assertProblem(fetch("/actuator/beans"), 404);
    }
}
