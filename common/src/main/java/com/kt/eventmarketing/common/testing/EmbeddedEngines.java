package com.kt.eventmarketing.common.testing;

import com.kt.eventmarketing.common.embedded.EmbeddedKafkaEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedPostgresEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedRedisEngine;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL, Redis and Kafka of a test JVM: started on first use, once, and shared by
 * every test class and Spring context of the JVM. Stopped at the end of the test run by
 * {@link EmbeddedEnginesExtension}, after Spring's cached contexts are closed (so no consumer
 * hangs on a vanished broker).
 */
public final class EmbeddedEngines {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedEngines.class);
    private static EmbeddedEngines shared;

    private final EmbeddedPostgresEngine postgres;
    private final EmbeddedRedisEngine redis;
    private final EmbeddedKafkaEngine kafka;

    private EmbeddedEngines(EmbeddedPostgresEngine postgres, EmbeddedRedisEngine redis, EmbeddedKafkaEngine kafka) {
        this.postgres = postgres;
        this.redis = redis;
        this.kafka = kafka;
    }

    /** The engines of this JVM, started on the first call. */
    public static synchronized EmbeddedEngines shared() {
        if (shared == null) {
            long start = System.nanoTime();
            EmbeddedPostgresEngine postgres = EmbeddedPostgresEngine.start(null, 0);
            EmbeddedRedisEngine redis = EmbeddedRedisEngine.start(null, 0);
            EmbeddedKafkaEngine kafka = EmbeddedKafkaEngine.start(null, 0);
            shared = new EmbeddedEngines(postgres, redis, kafka);
            log.info("Embedded engines up in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        return shared;
    }

    static synchronized boolean started() {
        return shared != null;
    }

    public EmbeddedPostgresEngine postgres() {
        return postgres;
    }

    public EmbeddedRedisEngine redis() {
        return redis;
    }

    public EmbeddedKafkaEngine kafka() {
        return kafka;
    }

    /** The connection properties of a service whose database is {@code database} (created if missing). */
    public Map<String, Object> connectionProperties(String database) {
        postgres.createDatabaseIfMissing(database);
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(database),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "spring.data.redis.host", "localhost",
                "spring.data.redis.port", redis.port(),
                "spring.kafka.bootstrap-servers", kafka.bootstrapServers());
    }

    static synchronized void shutdown() {
        if (shared == null) {
            return;
        }
        closeCachedSpringContexts();
        List<AutoCloseable> engines = List.of(shared.kafka, shared.redis, shared.postgres);
        for (AutoCloseable engine : engines) {
            try {
                engine.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", engine.getClass().getSimpleName(), e.toString());
            }
        }
        shared = null;
    }

    /**
     * Spring keeps test contexts in a static cache and closes them only at JVM exit; they must close
     * while the engines still run. The cache offers no public way to close them, hence reflection.
     */
    @SuppressWarnings("unchecked")
    private static void closeCachedSpringContexts() {
        try {
            Class<?> delegate =
                    Class.forName("org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate");
            Field cacheField = delegate.getDeclaredField("defaultContextCache");
            cacheField.setAccessible(true);
            Object cache = cacheField.get(null);
            Field mapField = cache.getClass().getDeclaredField("contextMap");
            mapField.setAccessible(true);
            Map<Object, Object> contexts = (Map<Object, Object>) mapField.get(cache);
            List<Object> open;
            synchronized (contexts) {
                open = new ArrayList<>(contexts.values());
            }
            for (Object context : open) {
                if (context instanceof ConfigurableApplicationContext configurable && configurable.isActive()) {
                    configurable.close();
                }
            }
            cache.getClass().getMethod("reset").invoke(cache);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Could not close cached Spring test contexts early: {}", e.toString());
        }
    }
}
