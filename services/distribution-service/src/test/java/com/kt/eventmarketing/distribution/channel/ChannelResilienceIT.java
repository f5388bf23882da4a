package com.kt.eventmarketing.distribution.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.Delivery.Delivered;
import com.kt.eventmarketing.distribution.channel.Delivery.NotDelivered;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.RingbackAnnouncement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each channel's retry, time limit and circuit breaker against a misbehaving provider on loopback. */
class ChannelResilienceIT {

    static final String PATH = "/v1/ringback/announcements";

    WireMockServer provider;
    ExecutorService calls;
    ChannelGateway gateway;
    DistributionProperties properties;

    @BeforeEach
    void setUp() {
        provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        provider.start();
        calls = Executors.newVirtualThreadPerTaskExecutor();
        properties = new DistributionProperties();
        DistributionProperties.Resilience r = properties.getResilience();
        r.setTimeout(Duration.ofMillis(1000));
        r.setMaxAttempts(3);
        r.setInitialBackoff(Duration.ofMillis(20));
        r.setMaxBackoff(Duration.ofMillis(50));
        r.setBreakerWindow(10);
        r.setBreakerMinimumCalls(5);
        r.setFailureRateThreshold(50);
        r.setOpenFor(Duration.ofMillis(600));
        r.setHalfOpenCalls(2);
        ChannelResilience resilience =
                new ChannelResilience(channel -> ChannelConfiguration.resilience(properties, channel), calls);
        ChannelSettings settings = new ChannelSettings();
        // a generous HTTP timeout: the time limiter is what must cut slow calls
        ProviderHttp http = new ProviderHttp(Duration.ofSeconds(1), Duration.ofSeconds(10));
        http.get(provider.baseUrl() + "/__admin/mappings", java.util.Map.of()); // warm-up: JIT, connection
        gateway = new ChannelGateway(
                List.of(
                        new RingoBizAdapter(provider::baseUrl, settings, http),
                        new TvAdAdapter(
                                Channel.GENIE_TV,
                                provider::baseUrl,
                                settings,
                                new ProviderHttp(Duration.ofSeconds(1), Duration.ofSeconds(10)))),
                resilience);
    }

    @AfterEach
    void tearDown() {
        provider.stop();
        calls.close();
    }

    @Test
    void succeedsAtOnceWhenTheProviderAnswers() {
        provider.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"announcementId\":\"rb-1\"}")));

        Delivery delivery = gateway.deliver(request());

        assertThat(delivery).isInstanceOfSatisfying(Delivered.class, d -> {
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.posted().externalId()).isEqualTo("rb-1");
        });
    }

    @Test
    void retriesAfterAServerErrorWithTheSameIdempotencyKeyAndSucceeds() {
        provider.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));
        provider.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"announcementId\":\"rb-2\"}")));

        Delivery delivery = gateway.deliver(request());

        assertThat(delivery)
                .isInstanceOfSatisfying(
                        Delivered.class, d -> assertThat(d.attempts()).isEqualTo(2));
        provider.verify(
                2,
                postRequestedFor(urlPathEqualTo(PATH))
                        .withHeader(
                                "Idempotency-Key",
                                com.github.tomakehurst.wiremock.client.WireMock.equalTo("evt:RINGO_BIZ")));
    }

    @Test
    void givesUpAfterItsAttemptsWhenTheProviderKeepsFailing() {
        provider.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));

        Delivery delivery = gateway.deliver(request());

        assertThat(delivery).isInstanceOfSatisfying(NotDelivered.class, d -> {
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.reason()).contains("HTTP 500");
        });
    }

    @Test
    void aSlowAnswerBeyondTheTimeLimitIsCutAndRetried() {
        provider.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"announcementId\":\"late\"}").withFixedDelay(2500)));

        Delivery delivery = gateway.deliver(request());

        assertThat(delivery).isInstanceOfSatisfying(NotDelivered.class, d -> {
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.reason()).contains("timed out after 1000 ms");
        });
    }

    @Test
    void aSlowAnswerWithinTheTimeLimitIsTaken() {
        provider.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson("{\"announcementId\":\"slow\"}").withFixedDelay(150)));

        assertThat(gateway.deliver(request())).isInstanceOf(Delivered.class);
    }

    @Test
    void aRefusedRequestIsNotRetried() {
        provider.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withStatus(422).withBody("{\"error\":\"bad\"}")));

        Delivery delivery = gateway.deliver(request());

        assertThat(delivery)
                .isInstanceOfSatisfying(
                        NotDelivered.class, d -> assertThat(d.attempts()).isEqualTo(1));
        assertThat(gateway.breakerState(Channel.RINGO_BIZ)).isEqualTo("CLOSED");
    }

    @Test
    void theBreakerOpensWithinAFewFailuresStopsCallingAndRecoversWhenTheProviderIsBack() {
        provider.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        gateway.deliver(request()); // 3 failed calls
        gateway.deliver(request()); // 2 more: 5 calls, all failed → open
        assertThat(gateway.breakerState(Channel.RINGO_BIZ)).isEqualTo("OPEN");
        int callsSoFar = provider.getAllServeEvents().size();

        Delivery refused = gateway.deliver(request());

        assertThat(refused).isInstanceOfSatisfying(NotDelivered.class, d -> {
            assertThat(d.reason()).startsWith("circuit open");
            assertThat(d.attempts()).isZero();
        });
        assertThat(provider.getAllServeEvents()).hasSize(callsSoFar);
        // another channel is not affected by this one's breaker
        assertThat(gateway.breakerState(Channel.GENIE_TV)).isEqualTo("CLOSED");

        provider.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"announcementId\":\"back\"}")));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> gateway.breakerState(Channel.RINGO_BIZ).equals("HALF_OPEN"));
        assertThat(gateway.deliver(request())).isInstanceOf(Delivered.class);
        assertThat(gateway.deliver(request())).isInstanceOf(Delivered.class);
        assertThat(gateway.breakerState(Channel.RINGO_BIZ)).isEqualTo("CLOSED");
    }

    @Test
    void theDefaultSettingsCanOpenTheBreakerWithinTwentyCalls() {
        DistributionProperties.Resilience defaults = new DistributionProperties().getResilience();

        assertThat(defaults.getBreakerMinimumCalls()).isLessThanOrEqualTo(20);
        assertThat(defaults.getBreakerWindow()).isLessThanOrEqualTo(20);
    }

    private static ChannelRequest request() {
        return ChannelRequest.broadcast(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Channel.RINGO_BIZ,
                "evt:RINGO_BIZ",
                new RingbackAnnouncement("카페 봄입니다. 지금 이벤트 진행 중!"));
    }
}
