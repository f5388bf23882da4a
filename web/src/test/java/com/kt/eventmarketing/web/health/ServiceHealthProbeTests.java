package com.kt.eventmarketing.web.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.kt.eventmarketing.web.EdgeProperties;
import com.kt.eventmarketing.web.EdgeServices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ServiceHealthProbeTests {

    private final WireMockServer service =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final MutableClock clock = new MutableClock();
    private ServiceHealthProbe probe;

    @BeforeEach
    void start() {
        service.start();
        var services = new EdgeServices(Map.of(
                "user-service",
                "http://127.0.0.1:" + service.port(),
                // nothing listens on port 9 (discard) on loopback here
                "event-service",
                "http://127.0.0.1:9"));
        probe = new ServiceHealthProbe(
                services, new EdgeProperties.Health(Duration.ofMillis(500), Duration.ofSeconds(5)), clock);
    }

    @AfterEach
    void stop() {
        service.stop();
    }

    @Test
    void reportsTheStatusAServiceGivesItself() {
        service.stubFor(get("/actuator/health").willReturn(okJson("{\"status\":\"UP\"}")));

        assertThat(probe.health("user-service").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void reportsDownForAServiceThatDoesNotAnswer() {
        assertThat(probe.health("event-service").getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void reportsDownForAnErrorWithoutHealthDocument() {
        service.stubFor(
                get("/actuator/health").willReturn(aResponse().withStatus(500).withBody("oops")));

        assertThat(probe.health("user-service").getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void asksTheServicesAgainOnlyWhenTheLastAnswerIsTooOld() {
        service.stubFor(get("/actuator/health").willReturn(okJson("{\"status\":\"UP\"}")));

        probe.health("user-service");
        clock.advance(Duration.ofSeconds(4));
        probe.health("user-service");
        service.verify(1, getRequestedFor(urlEqualTo("/actuator/health")));

        service.stubFor(get("/actuator/health")
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"DOWN\"}")));
        clock.advance(Duration.ofSeconds(2));
        assertThat(probe.health("user-service").getStatus()).isEqualTo(Status.DOWN);
        service.verify(2, getRequestedFor(urlEqualTo("/actuator/health")));
    }

    @Test
    void checksTheServicesInParallel() {
        service.stubFor(
                get("/actuator/health").willReturn(okJson("{\"status\":\"UP\"}").withFixedDelay(300)));
        var slow = new EdgeServices(Map.of(
                "a-service", "http://127.0.0.1:" + service.port(),
                "b-service", "http://localhost:" + service.port(),
                "c-service", "http://127.0.0.1:" + service.port() + "/"));
        var parallel = new ServiceHealthProbe(
                slow, new EdgeProperties.Health(Duration.ofSeconds(2), Duration.ofSeconds(5)), clock);

        long start = System.nanoTime();
        parallel.health("a-service");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(parallel.health("b-service").getStatus()).isEqualTo(Status.UP);
        assertThat(parallel.health("c-service").getStatus()).isEqualTo(Status.UP);
        assertThat(tookMillis).isLessThan(850);
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-29T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
