package com.kt.eventmarketing.user;

import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The user service on a random port against the embedded engines; one cached context for all. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=user-service", "kt.user.bcrypt-strength=4"})
@UseEmbeddedEngines(database = "user_service")
public @interface UserServiceTest {}
