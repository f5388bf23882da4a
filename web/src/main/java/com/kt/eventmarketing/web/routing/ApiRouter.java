package com.kt.eventmarketing.web.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import com.kt.eventmarketing.web.EdgeServices;
import com.kt.eventmarketing.web.errors.EdgeProblems;
import com.kt.eventmarketing.web.routing.ApiRoutes.ApiRoute;
import java.net.URI;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchangeHandlerFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Routes {@code /api/**} by {@link ApiRoutes#TABLE}: a configured service gets a proxy route, a
 * service that is not configured answers 503, and any other API path 404 — all as problem details.
 * No path under {@code /api} that names an actuator ever reaches a service.
 */
@Configuration(proxyBeanMethods = false)
class ApiRouter {

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> apiRoutes(
            EdgeServices services,
            @Qualifier("streamingProxyExchangeHandlerFunction") ProxyExchangeHandlerFunction streamingProxy) {
        RouterFunctions.Builder api =
                RouterFunctions.route().route(path("/api/**").and(ApiRouter::namesActuator), EdgeProblems::notFound);
        for (ApiRoute row : ApiRoutes.TABLE) {
            api.add(services.baseUrl(row.service())
                    .map(baseUrl -> proxy(row, baseUrl, row.streaming() ? streamingProxy : HandlerFunctions.http()))
                    .orElseGet(() -> RouterFunctions.route(
                            path(row.pattern()), request -> EdgeProblems.serviceUnavailable(row.service(), request))));
        }
        return api.route(path("/api/**"), EdgeProblems::notFound).build();
    }

    private static RouterFunction<ServerResponse> proxy(
            ApiRoute row, URI baseUrl, HandlerFunction<ServerResponse> handler) {
        return GatewayRouterFunctions.route(row.service())
                .route(path(row.pattern()), handler)
                .before(uri(baseUrl))
                .onError(Exception.class, (error, request) -> ProxyFailures.toResponse(row.service(), error, request))
                .build();
    }

    /** Whether a segment of the path is "actuator" (decoded, any case): a service's management API. */
    private static boolean namesActuator(ServerRequest request) {
        return request.requestPath().pathWithinApplication().elements().stream()
                .filter(PathContainer.PathSegment.class::isInstance)
                .map(segment -> ((PathContainer.PathSegment) segment).valueToMatch())
                .anyMatch("actuator"::equalsIgnoreCase);
    }
}
