package com.kt.eventmarketing.event;

import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The event service on a random port against the embedded engines; one cached context for every test class. Redis
 * calls time out fast and failed cache writes are retried often, for the Redis outage test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=event-service",
            "spring.data.redis.timeout=300ms",
            "kt.event.redis-cooldown=500ms",
            "kt.event.redis-retry=200ms",
            "kt.event.jobs.timeout=2m"
        })
@UseEmbeddedEngines(database = "event_service")
@ExtendWith(EventServiceTest.ClosesTestProducer.class)
public @interface EventServiceTest {

    /**
     * Closes the test's Kafka producer at the end of the run, before the embedded engines stop (resources of the
     * root store close in the reverse order of their registration).
     */
    class ClosesTestProducer implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(ClosesTestProducer.class, key -> (AutoCloseable) Messages::close);
        }
    }
}
