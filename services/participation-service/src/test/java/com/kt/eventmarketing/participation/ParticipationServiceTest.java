package com.kt.eventmarketing.participation;

import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The participation service on a random port against the embedded engines; one cached context for
 * all. The per-event entry limit is lowered so that a test can reach it; every test request comes from
 * its own client address (X-Forwarded-For) unless a test says otherwise.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=participation-service",
            "kt.participation.limits.entries-per-event=40",
            "kt.participation.limits.event-window=20s",
            "kt.participation.view-flush=200ms"
        })
@UseEmbeddedEngines(database = "participation_service")
public @interface ParticipationServiceTest {}
