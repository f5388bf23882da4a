package com.kt.eventmarketing.user;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Owners and their stores: registration, login with JWTs (and the JWKS to verify them), profile. */
@SpringBootApplication
public class UserServiceApplication {

    public static final String CONFIG_NAME = "user-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(UserServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }
}
