package com.kt.eventmarketing.analytics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Live read models of views, participants, channels and ROI, rebuilt from the topics. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(AnalyticsProperties.class)
public class AnalyticsServiceApplication {

    public static final String CONFIG_NAME = "analytics-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(AnalyticsServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
