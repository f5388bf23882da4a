package com.kt.eventmarketing.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SwaggerUiIT extends EdgeIntegrationTest {

    @Test
    void listsTheDocumentOfEachConfiguredService() {
        HttpResponse<String> config = fetch("/v3/api-docs/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body())
                .contains("{\"url\":\"/v3/api-docs/user-service\",\"name\":\"user-service\"}")
                .contains("{\"url\":\"/v3/api-docs/participation-service\",\"name\":\"participation-service\"}")
                .contains("{\"url\":\"/v3/api-docs/event-service\",\"name\":\"event-service\"}")
                .contains("{\"url\":\"/v3/api-docs/analytics-service\",\"name\":\"analytics-service\"}")
                .contains("{\"url\":\"/v3/api-docs/distribution-service\",\"name\":\"distribution-service\"}")
                .doesNotContain("content-service");
    }

    @Test
    void redirectsToTheUi() {
        HttpResponse<String> response = fetch("/swagger-ui.html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/swagger-ui/index.html"));
    }

    @Test
    void servesAServiceDocumentWithTheEdgeAsServer() {
        Services.USER.stubFor(get("/v3/api-docs")
                .willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"user-service\",\"version\":\"1\"},"
                        + "\"servers\":[{\"url\":\"http://10.0.0.12:8080\"}],\"paths\":{\"/api/v1/users/me\":{}}}")));

        HttpResponse<String> document = fetch("/v3/api-docs/user-service");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("\"title\":\"user-service\"")
                .contains("\"/api/v1/users/me\"")
                .contains("\"servers\":[{\"url\":\"/\"")
                .doesNotContain("10.0.0.12");
        Services.USER.verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }

    @Test
    void answersServiceUnavailableForTheDocumentOfAServiceThatIsDown() {
        assertProblem(fetch("/v3/api-docs/distribution-service"), 503);
    }
}
