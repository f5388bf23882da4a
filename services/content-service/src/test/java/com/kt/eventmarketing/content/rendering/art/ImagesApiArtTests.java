package com.kt.eventmarketing.content.rendering.art;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.kt.eventmarketing.content.ContentProperties;
import com.kt.eventmarketing.content.DesignMother;
import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.rendering.PosterRenderer;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The image generator adapter against a local HTTP server speaking the OpenAI Images API. */
class ImagesApiArtTests {

    private static final String PATH = "/v1/images/generations";

    private final WireMockServer generator = new WireMockServer(options().dynamicPort());
    private final Design design = DesignMother.cafe(ImageStyle.FANCY, ImagePlatform.NAVER_BLOG);
    private final byte[] art = PosterRenderer.png(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB));

    @BeforeEach
    void start() {
        generator.start();
    }

    @AfterEach
    void stop() {
        generator.stop();
    }

    private ImagesApiArt adapter(Duration timeout) {
        return new ImagesApiArt(new ContentProperties.Art(
                "openai",
                "http://127.0.0.1:" + generator.port(),
                "sk-test",
                "gpt-image-1",
                "medium",
                timeout,
                2,
                Duration.ofMillis(50),
                50,
                4,
                Duration.ofMinutes(1)));
    }

    private String answer() {
        return "{\"created\": 1, \"data\": [{\"b64_json\": \""
                + Base64.getEncoder().encodeToString(art) + "\"}]}";
    }

    @Test
    void asksForArtWithoutLetteringInThePlatformsShapeAndDecodesIt() {
        generator.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(answer())));

        assertThat(adapter(Duration.ofSeconds(5)).paint(design)).contains(art);

        generator.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-image-1")))
                .withRequestBody(matchingJsonPath("$.size", equalTo("1536x1024")))
                .withRequestBody(matchingJsonPath(
                        "$.prompt", com.github.tomakehurst.wiremock.client.WireMock.containing("No text"))));
    }

    @Test
    void retriesATransientFailure() {
        generator.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));
        generator.stubFor(post(urlPathEqualTo(PATH))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(answer())));

        assertThat(adapter(Duration.ofSeconds(5)).paint(design)).contains(art);
        generator.verify(2, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void fallsBackWithoutRetryingWhenTheRequestIsRefused() {
        generator.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withStatus(400).withBody("{}")));

        assertThat(adapter(Duration.ofSeconds(5)).paint(design)).isEmpty();
        generator.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void fallsBackWhenTheGeneratorIsTooSlow() {
        generator.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(answer()).withFixedDelay(2_000)));

        assertThat(adapter(Duration.ofMillis(300)).paint(design)).isEmpty();
    }

    @Test
    void fallsBackOnAnAnswerWithoutImage() {
        generator.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"data\": [{\"url\": \"https://x\"}]}")));

        assertThat(adapter(Duration.ofSeconds(5)).paint(design)).isEmpty();
    }

    @Test
    void stopsCallingAGeneratorThatKeepsFailing() {
        generator.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
        ImagesApiArt adapter = adapter(Duration.ofSeconds(5));

        for (int i = 0; i < 4; i++) {
            assertThat(adapter.paint(design)).isEmpty();
        }
        assertThat(adapter.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        int calls = generator.getAllServeEvents().size();

        assertThat(adapter.paint(design)).isEmpty();
        assertThat(generator.getAllServeEvents())
                .as("no call while the circuit is open")
                .hasSize(calls);
    }
}
