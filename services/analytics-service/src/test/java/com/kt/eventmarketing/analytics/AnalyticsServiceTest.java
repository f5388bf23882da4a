package com.kt.eventmarketing.analytics;

import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The analytics service on a random port against the embedded engines; one cached context for all. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=analytics-service",
            "kt.analytics.results-delay=PT1S",
            "kt.analytics.results-check-interval=PT0.5S",
            "kt.analytics.stream.heartbeat=2s",
            "management.endpoints.web.exposure.include=health,info,prometheus,readmodels"
        })
@UseEmbeddedEngines(database = "analytics_service")
public @interface AnalyticsServiceTest {}
