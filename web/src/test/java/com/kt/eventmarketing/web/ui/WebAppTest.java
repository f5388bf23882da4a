package com.kt.eventmarketing.web.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Page tests of the web app: the edge on a random port in front of WireMock stand-ins for all six services the pages
 * call, driven by the shared headless {@link Browser}. A signed-in owner is a real ES256 session token, verified by
 * the edge against the JWKS the user service stand-in publishes. Every page test class extends this and adds no
 * configuration, so they share one Spring context.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=web", "kt.edge.read-timeout=10s", "kt.edge.health.cache-for=0s"})
public abstract class WebAppTest {

    public static final WireMockServer USER = start();
    public static final WireMockServer EVENT = start();
    public static final WireMockServer CONTENT = start();
    public static final WireMockServer PARTICIPATION = start();
    public static final WireMockServer DISTRIBUTION = start();
    public static final WireMockServer ANALYTICS = start();
    static final List<WireMockServer> ALL = List.of(USER, EVENT, CONTENT, PARTICIPATION, DISTRIBUTION, ANALYTICS);

    private static final ECKey KEY = generateKey();

    /** The owner every page test signs in as, unless it makes another. */
    public static final UUID OWNER = UUID.fromString("0fd2f118-2fe4-4541-b9cb-6499dca04da9");

    public static final UUID STORE = UUID.fromString("0ef732c5-20ec-47d4-8e17-7e9c4eece4c8");

    @LocalServerPort
    protected int port;

    protected final Browser browser = Browser.shared();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("kt.edge.services.user-service", () -> baseUrl(USER));
        registry.add("kt.edge.services.event-service", () -> baseUrl(EVENT));
        registry.add("kt.edge.services.content-service", () -> baseUrl(CONTENT));
        registry.add("kt.edge.services.participation-service", () -> baseUrl(PARTICIPATION));
        registry.add("kt.edge.services.distribution-service", () -> baseUrl(DISTRIBUTION));
        registry.add("kt.edge.services.analytics-service", () -> baseUrl(ANALYTICS));
    }

    @BeforeEach
    void freshServicesAndBrowser() {
        for (WireMockServer service : ALL) {
            service.resetAll();
            service.stubFor(get("/actuator/health").willReturn(okJson("{\"status\":\"UP\"}")));
        }
        USER.stubFor(get("/.well-known/jwks.json")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/jwk-set+json")
                        .withBody(new JWKSet(KEY.toPublicJWK()).toString())));
        browser.reset();
    }

    /** The address of a page of the edge under test. */
    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /** Signs the browser in as {@link #OWNER} (the session cookie, as a login would set it). */
    protected void signIn() {
        signIn(sessionToken(OWNER, STORE, Duration.ofMinutes(15)));
    }

    protected void signIn(String token) {
        browser.open(url("/css/app.css"));
        browser.driver()
                .manage()
                .addCookie(new Cookie.Builder("KT_SESSION", token)
                        .path("/")
                        .isHttpOnly(true)
                        .sameSite("Lax")
                        .build());
    }

    /** A session token shaped exactly like the user service's, signed with the key its stand-in publishes. */
    public static String sessionToken(UUID userId, UUID storeId, Duration lifetime) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer("kt-event-marketing")
                .audience("kt-event-marketing-api")
                .subject(userId.toString())
                .claim("store_id", storeId.toString())
                .claim("auth_time", now.getEpochSecond())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(KEY.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(8)
                .jettyAcceptors(1));
        server.start();
        return server;
    }

    private static ECKey generateKey() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
