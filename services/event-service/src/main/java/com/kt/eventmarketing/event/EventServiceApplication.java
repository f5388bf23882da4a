package com.kt.eventmarketing.event;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Events of a store: the lifecycle DRAFT → PUBLISHED → ENDED, AI plans, images, channels, async jobs. */
@SpringBootApplication
public class EventServiceApplication {

    public static final String CONFIG_NAME = "event-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(EventServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
