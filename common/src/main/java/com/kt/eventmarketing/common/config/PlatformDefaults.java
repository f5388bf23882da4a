package com.kt.eventmarketing.common.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings every service shares (Kafka serializers and fail-fast timeouts, outbox completion,
 * problem details, actuator exposure, graceful shutdown), from {@code kt-platform-defaults.yml}.
 * Added with the lowest precedence: a service's own yml, environment variables and arguments
 * override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String NAME = "kt-platform-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        try {
            for (PropertySource<?> source :
                    new YamlPropertySourceLoader().load(NAME, new ClassPathResource(NAME + ".yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
