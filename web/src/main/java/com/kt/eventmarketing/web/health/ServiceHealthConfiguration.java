package com.kt.eventmarketing.web.health;

import com.kt.eventmarketing.web.EdgeProperties;
import com.kt.eventmarketing.web.EdgeServices;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health contributor {@code services}: one component per configured service, UP or DOWN as the
 * service's own {@code /actuator/health} says. In the default health and the readiness group, not
 * in liveness (see web.yml): a service that is down must not get the edge restarted.
 */
@Configuration(proxyBeanMethods = false)
class ServiceHealthConfiguration {

    @Bean
    CompositeHealthContributor servicesHealthContributor(EdgeServices services, EdgeProperties properties) {
        var probe = new ServiceHealthProbe(services, properties.health(), Clock.systemUTC());
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        services.all().keySet().forEach(name -> indicators.put(name, () -> probe.health(name)));
        return CompositeHealthContributor.fromMap(indicators);
    }
}
