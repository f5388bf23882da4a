package com.kt.eventmarketing.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the edge ({@code kt.edge.*}).
 *
 * @param services base URL of each service that runs, by service name ({@code user-service} →
 *     {@code http://localhost:40123}); a service without an entry gets no route. From the
 *     environment: {@code KT_EDGE_SERVICES_USER_SERVICE=http://user-service:8080} (see {@link
 *     EdgeServices} for how such keys are read)
 * @param connectTimeout how long to wait for a connection to a service
 * @param readTimeout how long a proxied API call may wait for its response, and for each part of
 *     it
 * @param streamTimeout how long a stream (Server-Sent Events) may last in all: it is closed after it
 *     and the browser's EventSource reconnects
 * @param health how the edge checks the services' health
 */
@ConfigurationProperties("kt.edge")
public record EdgeProperties(
        Map<String, String> services,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("1h") Duration streamTimeout,
        @DefaultValue Health health) {

    public EdgeProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    /**
     * @param timeout connect and read timeout of one check of a service's {@code /actuator/health}
     * @param cacheFor how long a result is reused, so that probes do not hammer the services
     */
    public record Health(
            @DefaultValue("1s") Duration timeout,
            @DefaultValue("5s") Duration cacheFor) {}
}
