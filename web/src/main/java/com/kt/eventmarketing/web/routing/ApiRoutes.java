package com.kt.eventmarketing.web.routing;

import java.util.List;

/**
 * The edge's one routing table: which service serves which API path. Rows are tried in order, so
 * more specific paths come first (participants and draws of an event belong to the participation
 * service, the rest of {@code /api/v1/events} to the event service). Paths go to the service
 * unchanged.
 */
final class ApiRoutes {

    /**
     * One row of the table.
     *
     * @param service the service name, as in {@code kt.edge.services.<name>}
     * @param pattern a Spring {@code PathPattern}
     * @param streaming whether responses are long-lived streams (Server-Sent Events), which get the
     *     stream timeout instead of the read timeout
     */
    record ApiRoute(String service, String pattern, boolean streaming) {}

    static final List<ApiRoute> TABLE = List.of(
            route("user-service", "/api/v1/users/**"),
            route("participation-service", "/api/v1/public/**"),
            route("participation-service", "/api/v1/events/*/participants"),
            route("participation-service", "/api/v1/events/*/participants/**"),
            route("participation-service", "/api/v1/events/*/participants.csv"),
            route("participation-service", "/api/v1/events/*/draws"),
            route("participation-service", "/api/v1/events/*/draws/**"),
            route("event-service", "/api/v1/events"),
            route("event-service", "/api/v1/events/**"),
            route("event-service", "/api/v1/jobs/**"),
            route("content-service", "/api/v1/content/**"),
            route("distribution-service", "/api/v1/distributions/**"),
            stream("analytics-service", "/api/v1/analytics/events/*/stream"),
            route("analytics-service", "/api/v1/analytics/**"));

    private ApiRoutes() {}

    private static ApiRoute route(String service, String pattern) {
        return new ApiRoute(service, pattern, false);
    }

    private static ApiRoute stream(String service, String pattern) {
        return new ApiRoute(service, pattern, true);
    }
}
