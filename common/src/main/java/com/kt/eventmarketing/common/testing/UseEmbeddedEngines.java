package com.kt.eventmarketing.common.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a Spring Boot test against the JVM's shared embedded PostgreSQL, Redis and Kafka: the
 * service's database is created if missing and the connection properties are set. Contexts with
 * the same database are cached and reused across test classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(EmbeddedEnginesExtension.class)
public @interface UseEmbeddedEngines {

    /** The service's database, e.g. {@code user_service}. */
    String database();
}
