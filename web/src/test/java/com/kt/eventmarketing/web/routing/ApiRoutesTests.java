package com.kt.eventmarketing.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.web.routing.ApiRoutes.ApiRoute;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

class ApiRoutesTests {

    @Test
    void givesTheParticipantsAndDrawsOfAnEventToTheParticipationService() {
        assertThat(serviceFor("/api/v1/events/e1/participants")).hasValue("participation-service");
        assertThat(serviceFor("/api/v1/events/e1/participants.csv")).hasValue("participation-service");
        assertThat(serviceFor("/api/v1/events/e1/participants/p1/store-visit")).hasValue("participation-service");
        assertThat(serviceFor("/api/v1/events/e1/draws")).hasValue("participation-service");
        assertThat(serviceFor("/api/v1/events/e1")).hasValue("event-service");
        assertThat(serviceFor("/api/v1/events")).hasValue("event-service");
        assertThat(serviceFor("/api/v1/events/e1/images/i1/select")).hasValue("event-service");
    }

    @Test
    void streamsOnlyTheAnalyticsStream() {
        assertThat(ApiRoutes.TABLE.stream().filter(ApiRoute::streaming).map(ApiRoute::pattern))
                .containsExactly("/api/v1/analytics/events/*/stream");
    }

    @Test
    void leavesOtherPathsToNoService() {
        assertThat(serviceFor("/api/v1/usersx")).isEmpty();
        assertThat(serviceFor("/api/v2/users/me")).isEmpty();
    }

    private static Optional<String> serviceFor(String path) {
        var parser = PathPatternParser.defaultInstance;
        return ApiRoutes.TABLE.stream()
                .filter(route -> parser.parse(route.pattern()).matches(PathContainer.parsePath(path)))
                .map(ApiRoute::service)
                .findFirst();
    }
}
