package com.kt.eventmarketing.ai;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

/** Trend analysis and three event plans: a built-in engine offline, LLMs when configured. */
@SpringBootApplication
@EnableAsync
public class AiServiceApplication {

    public static final String CONFIG_NAME = "ai-service";

    public static void main(String[] args) {
        new SpringApplicationBuilder(AiServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }

    /** Korean time: "today" for a plan is the day in Korea. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Seoul"));
    }
}
