package com.kt.eventmarketing.content;

import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The content service on a random port against the embedded engines; one cached context for all. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=content-service",
            "kt.content.public-base-url=https://event.example.kr",
            "kt.content.storage.directory=target/test-data/content",
            "kt.content.render.sweep-interval=1s",
            "kt.content.render.retry-delay=200ms"
        })
@UseEmbeddedEngines(database = "content_service")
public @interface ContentServiceTest {}
