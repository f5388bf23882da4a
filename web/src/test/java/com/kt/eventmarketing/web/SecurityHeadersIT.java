package com.kt.eventmarketing.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersIT extends EdgeIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/users/me", "/api/v1/unknown", "/nothing-here", "/actuator/health/liveness"})
    void sendsSecurityHeadersOnEveryResponse(String path) {
        Services.USER.stubFor(get("/api/v1/users/me").willReturn(okJson("{}")));

        HttpHeaders headers = fetch(path).headers();

        assertThat(headers.allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("script-src 'self';")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline")
                        .doesNotContain("unsafe-eval"));
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(headers.allValues("Permissions-Policy")).containsExactly("camera=(), microphone=(), geolocation=()");
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void keepsTheHeaderAServiceSendsInsteadOfDuplicatingIt() {
        Services.USER.stubFor(get("/api/v1/users/me")
                .willReturn(okJson("{}")
                        .withHeader("X-Frame-Options", "SAMEORIGIN")
                        .withHeader("X-Content-Type-Options", "nosniff")));

        HttpHeaders headers = fetch("/api/v1/users/me").headers();

        assertThat(headers.allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
    }

    @Test
    void sendsStrictTransportSecurityOnlyOverHttps() {
        HttpResponse<String> overHttps = fetch("/", "X-Forwarded-Proto", "https");

        assertThat(overHttps.headers().allValues("Strict-Transport-Security"))
                .containsExactly("max-age=31536000; includeSubDomains");
    }

    @Test
    void relaxesTheContentSecurityPolicyForSwaggerUiOnly() {
        HttpResponse<String> swaggerUi = fetch("/swagger-ui/index.html");

        assertThat(swaggerUi.statusCode()).isEqualTo(200);
        assertThat(swaggerUi.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp -> assertThat(csp)
                        .contains("style-src 'self' 'unsafe-inline'")
                        .contains("script-src 'self';")
                        .contains("frame-ancestors 'none'"));
    }

    @Test
    void sendsTheHeadersWithErrorsOfServicesToo() {
        Services.USER.stubFor(get("/api/v1/users/me").willReturn(aResponse().withStatus(401)));

        HttpResponse<String> response = fetch("/api/v1/users/me");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    }
}
