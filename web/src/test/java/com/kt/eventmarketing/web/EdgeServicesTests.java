package com.kt.eventmarketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EdgeServicesTests {

    @Test
    void readsServicesFromEnvironmentVariables() {
        var environment = new StandardEnvironment();
        // in place of the real environment variables: the source's name tells Boot how to map them
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "KT_EDGE_SERVICES_USER_SERVICE", "http://user-service:8080",
                                        "KT_EDGE_SERVICES_PARTICIPATION_SERVICE", "http://participation-service:8080",
                                        "KT_EDGE_READ_TIMEOUT", "10s")));
        assertThat(properties(environment).services()).containsKey("user.service"); // what Boot makes of it

        EdgeProperties properties = properties(environment);
        var services = new EdgeServices(properties.services());

        assertThat(services.all())
                .containsOnly(
                        Map.entry("user-service", URI.create("http://user-service:8080")),
                        Map.entry("participation-service", URI.create("http://participation-service:8080")));
        assertThat(properties.readTimeout()).hasSeconds(10);
    }

    @Test
    void readsServicesFromCommandLineStyleProperties() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "args",
                        Map.of(
                                "kt.edge.services.user-service", "http://localhost:40123",
                                "kt.edge.services[event-service]", "http://localhost:40124/")));

        var services = new EdgeServices(properties(environment).services());

        assertThat(services.baseUrl("user-service")).hasValue(URI.create("http://localhost:40123"));
        assertThat(services.baseUrl("event-service")).hasValue(URI.create("http://localhost:40124"));
        assertThat(services.isConfigured("content-service")).isFalse();
    }

    @Test
    void prefersTheDashedSpellingWhenTwoSpellingsDisagree() {
        var configured = new LinkedHashMap<String, String>();
        configured.put("user-service", "http://localhost:1");
        configured.put("user.service", "http://localhost:2");

        assertThat(new EdgeServices(configured).baseUrl("user-service")).hasValue(URI.create("http://localhost:1"));
    }

    @Test
    void treatsABlankBaseUrlAsNotConfigured() {
        assertThat(new EdgeServices(Map.of("user-service", " ")).all()).isEmpty();
    }

    @Test
    void rejectsBaseUrlsThatTheProxyCouldNotHonour() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new EdgeServices(Map.of("user-service", "http://user-service:8080/user")))
                .withMessageContaining("kt.edge.services.user-service");
        assertThatIllegalStateException()
                .isThrownBy(() -> new EdgeServices(Map.of("user-service", "user-service:8080")));
        assertThatIllegalStateException()
                .isThrownBy(() -> new EdgeServices(Map.of("user-service", "ftp://user-service")));
    }

    private static EdgeProperties properties(StandardEnvironment environment) {
        return new Binder(ConfigurationPropertySources.from(environment.getPropertySources()))
                .bindOrCreate("kt.edge", EdgeProperties.class);
    }
}
