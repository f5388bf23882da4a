package com.kt.eventmarketing.web.docs;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.BodyFilterFunctions.modifyResponseBody;

import com.kt.eventmarketing.web.EdgeServices;
import com.kt.eventmarketing.web.routing.ProxyFailures;
import java.util.Optional;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves each configured service's OpenAPI document at {@code /v3/api-docs/<service>}, proxied from
 * {@code <service base>/v3/api-docs}, with {@code servers} pointing at the edge, so that Swagger
 * UI's "Try it out" goes through the edge whatever host name the service saw.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsRouter {

    static final String DOCS_PATH = "/v3/api-docs/";

    @Bean
    @Order(1)
    RouterFunction<ServerResponse> apiDocsRoutes(EdgeServices services) {
        RouterFunction<ServerResponse> routes = request -> Optional.empty();
        for (var service : services.all().entrySet()) {
            String name = service.getKey();
            routes = routes.and(GatewayRouterFunctions.route("api-docs:" + name)
                    .GET(DOCS_PATH + name, HandlerFunctions.http())
                    .before(uri(service.getValue()))
                    .before(setPath("/v3/api-docs"))
                    .after(modifyResponseBody(JsonNode.class, JsonNode.class, null, ApiDocsRouter::servedByEdge))
                    .onError(Exception.class, (error, request) -> ProxyFailures.toResponse(name, error, request))
                    .build());
        }
        return routes;
    }

    private static JsonNode servedByEdge(ServerRequest request, ServerResponse response, JsonNode document) {
        if (response.statusCode().is2xxSuccessful()
                && document instanceof ObjectNode openApi
                && openApi.has("openapi")) {
            openApi.putArray("servers").addObject().put("url", "/").put("description", "KT Event Marketing");
        }
        return document;
    }
}
