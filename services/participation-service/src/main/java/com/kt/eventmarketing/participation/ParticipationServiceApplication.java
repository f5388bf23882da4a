package com.kt.eventmarketing.participation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Public event pages, entries with personal-data protection, abuse limits and verifiable winner draws. */
@SpringBootApplication
public class ParticipationServiceApplication {

    public static final String CONFIG_NAME = "participation-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(ParticipationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
