package com.kt.eventmarketing.content;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Promotional images in three styles per platform, with Korean text and a QR code. */
@SpringBootApplication
public class ContentServiceApplication {

    public static final String CONFIG_NAME = "content-service";

    public static void main(String[] args) {
        // images are drawn off-screen: no display, and no AWT toolkit window system is ever needed
        System.setProperty("java.awt.headless", "true");
        new SpringApplicationBuilder(ContentServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
