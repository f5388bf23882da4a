package com.kt.eventmarketing.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The edge: routes {@code /api/**} to the services, serves the web pages and Swagger UI. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        // web.yml, not application.yml: in the launcher every module shares one classpath
        new SpringApplicationBuilder(WebApplication.class)
                .properties("spring.config.name=web")
                .run(args);
    }
}
