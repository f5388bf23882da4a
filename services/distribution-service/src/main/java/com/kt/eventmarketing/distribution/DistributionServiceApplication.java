package com.kt.eventmarketing.distribution;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Publishing an event to eight channels at once: isolated, retried, compliant, observable. */
@SpringBootApplication
public class DistributionServiceApplication {

    public static final String CONFIG_NAME = "distribution-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(DistributionServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
