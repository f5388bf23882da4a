package com.kt.eventmarketing.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform in one JVM (ARCHITECTURE §5): embedded PostgreSQL, Redis and Kafka, every service module on the
 * classpath, then the web edge. {@code java -jar kt-event-marketing.jar [--data-dir=./data] [--port=8080]}.
 */
public final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {}

    public static void main(String[] args) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: java -jar kt-event-marketing.jar [--data-dir=DIR] [--port=PORT]"
                    + " (or KT_DATA_DIR, KT_PORT) [--any.spring.property=value ...]");
            System.exit(2);
            return;
        }
        var platform = new RunningPlatform(options);
        // closes in order (edge, services, then Kafka, Redis, PostgreSQL); also during start-up. The name ends in
        // "ShutdownHook": the embedded engines' safety net waits for it.
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "LauncherShutdownHook"));
        try {
            platform.start();
        } catch (RuntimeException e) {
            log.error("KT Event Marketing did not start: {}", e.getMessage(), e);
            platform.close();
            System.exit(1);
            return;
        }
        log.info(banner(platform));
        platform.awaitClosed();
    }

    /** Starts the platform and returns once the edge and every service are up. */
    public static RunningPlatform start(LauncherOptions options) {
        var platform = new RunningPlatform(options);
        try {
            platform.start();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private static String banner(RunningPlatform platform) {
        var services = platform.serviceUrls().entrySet().stream()
                .map(service -> String.format("%n    %-22s %s", service.getKey(), service.getValue()))
                .collect(Collectors.joining());
        var sinceJvmStart = ProcessHandle.current()
                .info()
                .startInstant()
                .map(jvmStart -> String.format(
                        ", %.1f s since the JVM started",
                        Duration.between(jvmStart, Instant.now()).toMillis() / 1000.0))
                .orElse("");
        return String.format(
                "%n%n  KT Event Marketing is running at %s%n  started in %.1f s%s; data in %s%n  services:%s%n",
                platform.hasEdge() ? platform.edgeUrl() : "(no web edge on the classpath)",
                platform.startDuration().toMillis() / 1000.0,
                sinceJvmStart,
                platform.dataDir(),
                services);
    }
}
