package com.kt.eventmarketing.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The only full-platform test: one start, one restart on the same data directory. */
class LauncherIT {

    private static final String OWNER = """
            {"name":"김사장","phoneNumber":"010-1234-5678","email":"owner@example.com","password":"Coffee!2026",\
            "storeName":"카페 봄","industry":"CAFE","address":"서울특별시 마포구 양화로 45",\
            "businessNumber":"220-81-62517","averageSpend":8000}""";
    private static final String LOGIN = """
            {"email":"owner@example.com","password":"Coffee!2026"}""";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void startsEveryApplicationAndRestartsOnItsData() throws Exception {
        boolean accountsTestable = PlatformApplications.EDGE.isPresent()
                && PlatformApplications.SERVICES.stream()
                        .anyMatch(service ->
                                service.name().equals(PlatformApplications.USER_SERVICE) && service.isPresent());

        try (var platform = Launcher.start(new LauncherOptions(dataDir, 0))) {
            assertHealthy(platform);
            if (accountsTestable) {
                var registered = post(platform.edgeUrl().resolve("/api/v1/users/register"), OWNER);
                assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
                assertThat(registered.body()).contains("accessToken");
            }
        }

        try (var platform = Launcher.start(new LauncherOptions(dataDir, 0))) {
            assertHealthy(platform);
            if (accountsTestable) {
                var login = post(platform.edgeUrl().resolve("/api/v1/users/login"), LOGIN);
                assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
                assertThat(login.body()).contains("accessToken");
            }
        }

        assumeTrue(
                accountsTestable,
                "platform started and restarted, but the account round trip needs the web edge and the user service");
    }

    private void assertHealthy(RunningPlatform platform) throws Exception {
        assertThat(platform.dataDir()).isEqualTo(dataDir.toAbsolutePath().normalize());
        for (var service : platform.serviceUrls().entrySet()) {
            assertThat(health(service.getValue())).as(service.getKey()).contains("\"status\":\"UP\"");
        }
        if (PlatformApplications.EDGE.isPresent()) {
            assertThat(health(platform.edgeUrl())).as("web edge").contains("\"status\":\"UP\"");
        }
    }

    private String health(URI base) throws Exception {
        var request = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> response;
        do {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return response.statusCode() + " " + response.body();
    }

    private HttpResponse<String> post(URI uri, String json) throws Exception {
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
