package com.kt.eventmarketing.launcher;

import java.util.List;
import java.util.Optional;

/**
 * The applications the launcher knows, in start order. A service runs only if its module is on the classpath: to add
 * one, add its line here and its dependency to the launcher's pom.
 */
final class PlatformApplications {

    /** The user service goes first: the others verify tokens against its JWKS. */
    static final List<PlatformApplication> SERVICES = List.of(
            service("user-service", "com.kt.eventmarketing.user.UserServiceApplication"),
            service("event-service", "com.kt.eventmarketing.event.EventServiceApplication"),
            service("ai-service", "com.kt.eventmarketing.ai.AiServiceApplication"),
            service("content-service", "com.kt.eventmarketing.content.ContentServiceApplication"),
            service("distribution-service", "com.kt.eventmarketing.distribution.DistributionServiceApplication"),
            service("participation-service", "com.kt.eventmarketing.participation.ParticipationServiceApplication"),
            service("analytics-service", "com.kt.eventmarketing.analytics.AnalyticsServiceApplication"));

    static final PlatformApplication EDGE = new PlatformApplication("web", "com.kt.eventmarketing.web.WebApplication");

    static final String USER_SERVICE = "user-service";

    private PlatformApplications() {}

    static List<PlatformApplication> presentServices() {
        return SERVICES.stream().filter(PlatformApplication::isPresent).toList();
    }

    static Optional<PlatformApplication> presentEdge() {
        return Optional.of(EDGE).filter(PlatformApplication::isPresent);
    }

    private static PlatformApplication service(String name, String mainClass) {
        return new PlatformApplication(name, mainClass);
    }

    /**
     * @param name the service name, also its {@code spring.config.name}; its database is the name in snake case
     */
    record PlatformApplication(String name, String mainClassName) {

        String database() {
            return name.replace('-', '_');
        }

        boolean isPresent() {
            return mainClass().isPresent();
        }

        Optional<Class<?>> mainClass() {
            try {
                return Optional.of(Class.forName(mainClassName, false, PlatformApplications.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }
    }
}
