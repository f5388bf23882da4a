package com.kt.eventmarketing.distribution;

import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The distribution service on a random port against the embedded engines, every channel answered by
 * its simulator; one cached context for every test class. Resilience is tuned down so that retries,
 * timeouts and the breaker play out in a second or two.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=distribution-service",
            "kt.distribution.public-base-url=https://event.example.kr",
            "kt.distribution.opt-out-number=080-500-4233",
            "kt.distribution.poll-interval=300ms",
            "kt.distribution.lease=20s",
            "kt.distribution.resilience.timeout=2500ms",
            "kt.distribution.resilience.max-attempts=3",
            "kt.distribution.resilience.initial-backoff=50ms",
            "kt.distribution.resilience.max-backoff=200ms",
            // the simulator-backed channels must not trip over each other's breaker in the tests
            "kt.distribution.resilience.breaker-window=20",
            "kt.distribution.resilience.breaker-minimum-calls=20",
            "kt.distribution.resilience.open-for=2s",
            "kt.distribution.channels.uridongne-tv.timeout=2500ms",
            "kt.distribution.channels.genie-tv.timeout=2500ms"
        })
@UseEmbeddedEngines(database = "distribution_service")
@Import(TestClock.Configuration.class)
public @interface DistributionServiceTest {}
