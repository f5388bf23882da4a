package com.kt.eventmarketing.launcher;

import com.kt.eventmarketing.common.embedded.EmbeddedKafkaEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedPostgresEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedRedisEngine;
import com.kt.eventmarketing.launcher.PlatformApplications.PlatformApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform started by the {@link Launcher}: the engines and the applications, closed in reverse start order (the
 * edge, the services, then Kafka, Redis and PostgreSQL last). {@link #close()} may be called at any time, also while
 * it is starting.
 */
public final class RunningPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningPlatform.class);

    /**
     * On the launcher's one classpath every context sees every module's libraries. The services neither route
     * (Spring Cloud Gateway and the Spring Cloud context come with the edge) nor render the edge's pages ...
     */
    static final List<String> NOT_FOR_SERVICES = List.of(
            "org.springframework.cloud.gateway.",
            "org.springframework.cloud.autoconfigure.",
            "org.springframework.cloud.client.",
            "org.springframework.cloud.commons.",
            "org.springframework.cloud.configuration.",
            "org.springframework.boot.thymeleaf.");

    /** ... and the edge has no database of its own (JDBC, Flyway and the outbox come with the services). */
    static final List<String> NOT_FOR_THE_EDGE = List.of(
            "org.springframework.boot.jdbc.autoconfigure.",
            "org.springframework.boot.flyway.autoconfigure.",
            "org.springframework.boot.data.jdbc.autoconfigure.",
            "org.springframework.modulith.");

    /** The services serve no static files either (the edge's); lowest precedence: their own configuration wins. */
    private static final String[] SERVICE_DEFAULTS = {"spring.web.resources.add-mappings=false"};

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private final LauncherOptions options;
    private final List<AutoCloseable> engines = new ArrayList<>();
    private final List<StartedApplication> applications = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean closing;
    private volatile @Nullable URI edgeUrl;
    private int edgePort;
    private volatile Duration startDuration = Duration.ZERO;

    RunningPlatform(LauncherOptions options) {
        this.options = options;
    }

    /** The edge's URL, e.g. {@code http://localhost:8080}; fails if the web module is not on the classpath. */
    public URI edgeUrl() {
        if (edgeUrl == null) {
            throw new IllegalStateException("the web edge is not running (not on the classpath?)");
        }
        return edgeUrl;
    }

    public boolean hasEdge() {
        return edgeUrl != null;
    }

    /** Each running service's own URL (not through the edge), in start order. */
    public synchronized Map<String, URI> serviceUrls() {
        var urls = new LinkedHashMap<String, URI>();
        applications.stream()
                .filter(application -> !application.name().equals(PlatformApplications.EDGE.name()))
                .forEach(application -> urls.put(application.name(), application.url()));
        return urls;
    }

    public Path dataDir() {
        return options.dataDir();
    }

    public Duration startDuration() {
        return startDuration;
    }

    void start() {
        long started = System.nanoTime();
        // one Logback for all applications, configured once by the launcher's logback.xml: otherwise every
        // application re-initialises it and the first one to close stops it for the others
        if (System.getProperty(LOGGING_SYSTEM) == null) {
            System.setProperty(LOGGING_SYSTEM, "none");
            // what Spring Boot's logging system would do: java.util.logging (Tomcat) into Logback
            if (!SLF4JBridgeHandler.isInstalled()) {
                SLF4JBridgeHandler.removeHandlersForRootLogger();
                SLF4JBridgeHandler.install();
            }
        }
        var services = PlatformApplications.presentServices();
        var edge = PlatformApplications.presentEdge();
        if (edge.isPresent()) {
            ensurePortFree(options.port()); // before half a minute of start-up, not after
        }
        // port 0 (tests): the edge's port is chosen now, because the services must know it first (the public address
        // in QR codes, links and opt-out pages); it stays reserved until the edge binds it, or the half minute of
        // service start-up (and the engines' connections, which take ports from the same range) could take it
        ServerSocket edgePortReservation = options.port() == 0 && edge.isPresent() ? reservePort() : null;
        edgePort = edgePortReservation != null ? edgePortReservation.getLocalPort() : options.port();
        try {
            startEnginesAndApplications(services, edge, edgePortReservation, started);
        } finally {
            closeQuietly(edgePortReservation);
        }
        startDuration = Duration.ofNanos(System.nanoTime() - started);
    }

    private void startEnginesAndApplications(
            List<PlatformApplication> services,
            java.util.Optional<PlatformApplication> edge,
            @Nullable ServerSocket edgePortReservation,
            long started) {
        log.info(
                "Starting KT Event Marketing: {}{} on {}",
                services.stream().map(PlatformApplication::name).toList(),
                edge.isPresent() ? " + web edge" : " (no web edge on the classpath)",
                options.dataDir());

        // the engines start side by side: PostgreSQL and Redis are processes of their own, Kafka runs in this JVM
        var postgres = startEngine(() -> EmbeddedPostgresEngine.start(options.postgresDir(), 0));
        var redis = startEngine(() -> EmbeddedRedisEngine.start(options.redisDir(), 0));
        var kafka = startEngine(() -> EmbeddedKafkaEngine.start(options.kafkaDir(), 0));
        registerEngines(postgres, redis, kafka);
        var engines = new Engines(postgres.join(), redis.join(), kafka.join());
        log.info(
                "Engines up in {} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        services.forEach(service -> engines.postgres().createDatabaseIfMissing(service.database()));
        var personalDataKeys = PersonalDataKeys.args(options.dataDir());
        @Nullable Integer userServicePort = null;
        for (var service : services) {
            var running = startService(service, engines, personalDataKeys, userServicePort);
            if (service.name().equals(PlatformApplications.USER_SERVICE)) {
                userServicePort = running.url().getPort();
            }
        }

        @Nullable Integer jwksPort = userServicePort;
        edge.ifPresent(web -> {
            closeQuietly(edgePortReservation);
            var args = new ArrayList<String>();
            args.add("--server.port=" + edgePort);
            serviceUrls().forEach((name, url) -> args.add("--kt.edge.services." + name + "=" + url));
            args.addAll(sharedArgs(engines, jwksPort));
            edgeUrl = run(web, args, NOT_FOR_THE_EDGE).url();
        });
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the edge, the services in reverse start order, then Kafka, Redis and PostgreSQL. */
    @Override
    public void close() {
        List<AutoCloseable> toClose;
        synchronized (this) {
            if (closing) {
                awaitClosed();
                return;
            }
            closing = true;
            toClose = new ArrayList<>();
            applications.reversed().forEach(toClose::add);
            toClose.addAll(engines.reversed());
        }
        long started = System.nanoTime();
        for (var component : toClose) {
            try {
                component.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", component, e.toString());
            }
        }
        log.info(
                "KT Event Marketing stopped in {} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        closed.countDown();
    }

    /** The user service verifies tokens with its own JWKS: before it runs, the port it is about to get. */
    private StartedApplication startService(
            PlatformApplication service,
            Engines engines,
            List<String> personalDataKeys,
            @Nullable Integer userServicePort) {
        boolean isUserService = service.name().equals(PlatformApplications.USER_SERVICE);
        for (int attempt = 1; ; attempt++) {
            // a port picked here can be taken by another process before Tomcat binds it: then another one
            int port = freePort();
            var args = new ArrayList<String>();
            args.add("--server.port=" + port);
            args.add("--spring.datasource.url=" + engines.postgres().jdbcUrl(service.database()));
            args.add("--spring.datasource.username=" + engines.postgres().username());
            args.add("--spring.datasource.password=" + engines.postgres().password());
            args.add("--spring.datasource.hikari.pool-name=" + service.name());
            args.add("--spring.datasource.hikari.maximum-pool-size=5");
            args.addAll(personalDataKeys);
            args.addAll(sharedArgs(engines, isUserService ? Integer.valueOf(port) : userServicePort));
            try {
                return run(service, args, NOT_FOR_SERVICES, SERVICE_DEFAULTS);
            } catch (PortTakenException e) {
                if (attempt == 3) {
                    throw e;
                }
                log.info("{}: port {} was taken meanwhile, trying another", service.name(), port);
            }
        }
    }

    private List<String> sharedArgs(Engines engines, @Nullable Integer userServicePort) {
        var args = new ArrayList<String>();
        args.add("--spring.data.redis.host=localhost");
        args.add("--spring.data.redis.port=" + engines.redis().port());
        args.add("--spring.kafka.bootstrap-servers=" + engines.kafka().bootstrapServers());
        if (userServicePort != null) {
            args.add("--kt.security.jwk-set-uri=http://localhost:" + userServicePort + "/.well-known/jwks.json");
        }
        args.add("--kt.data-dir=" + options.dataDir());
        if (System.getenv("PUBLIC_BASE_URL") == null) {
            // where QR codes and channel posts send people: the edge; set PUBLIC_BASE_URL (e.g. the laptop's
            // address on the LAN) so that a phone can open the participation page
            args.add("--PUBLIC_BASE_URL=http://localhost:" + edgePort);
        }
        args.addAll(options.applicationArgs());
        return args;
    }

    /**
     * @param defaults the application's lowest-precedence properties: its own configuration overrides them
     */
    private StartedApplication run(
            PlatformApplication application, List<String> args, List<String> exclusions, String... defaults) {
        ensureNotClosing();
        var mainClass = application.mainClass().orElseThrow();
        long started = System.nanoTime();
        MDC.put(ServiceNameLogging.MDC_KEY, application.name());
        try {
            var context = new SpringApplicationBuilder(mainClass)
                    .main(mainClass)
                    .properties(
                            "spring.config.name=" + application.name(),
                            LauncherAutoConfigurationFilter.PROPERTY + "=" + String.join(",", exclusions))
                    .properties(defaults)
                    .bannerMode(Banner.Mode.OFF)
                    .registerShutdownHook(false) // the launcher closes the contexts in order
                    .initializers(new ServiceNameLogging(application.name()))
                    .run(args.toArray(String[]::new));
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            var running = new StartedApplication(application.name(), context, URI.create("http://localhost:" + port));
            synchronized (this) {
                if (closing) {
                    running.close();
                    throw new IllegalStateException("stopped while starting");
                }
                applications.add(running);
            }
            log.info(
                    "{} up on port {} in {} ms",
                    application.name(),
                    port,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return running;
        } catch (RuntimeException e) {
            String message = application.name() + " failed to start: " + rootMessage(e);
            throw isBindFailure(e) ? new PortTakenException(message, e) : new IllegalStateException(message, e);
        } finally {
            MDC.remove(ServiceNameLogging.MDC_KEY);
        }
    }

    private static <T extends AutoCloseable> CompletableFuture<T> startEngine(Supplier<T> start) {
        return CompletableFuture.supplyAsync(
                start,
                runnable ->
                        Thread.ofPlatform().name("engine-start").daemon(true).start(runnable));
    }

    /** Keeps every engine that did start for {@link #close()}, also when another one failed. */
    @SafeVarargs
    private void registerEngines(CompletableFuture<? extends AutoCloseable>... starts) {
        RuntimeException failure = null;
        for (var start : starts) {
            try {
                var engine = start.join();
                boolean stopped;
                synchronized (this) {
                    stopped = closing;
                    if (!stopped) {
                        engines.add(engine);
                    }
                }
                if (stopped) {
                    engine.close();
                }
            } catch (Exception e) {
                var cause = e instanceof CompletionException && e.getCause() instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException(e);
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        ensureNotClosing();
    }

    private synchronized void ensureNotClosing() {
        if (closing) {
            throw new IllegalStateException("stopped while starting");
        }
    }

    private static void ensurePortFree(int port) {
        if (port == 0) {
            return;
        }
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "port " + port + " is in use: stop what runs there, or choose another with --port= or KT_PORT", e);
        }
    }

    /** A free port held by a listening socket on every address, so that nothing else gets it meanwhile. */
    private static ServerSocket reservePort() {
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(0), 1);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void closeQuietly(@Nullable ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the port is released either way
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record Engines(EmbeddedPostgresEngine postgres, EmbeddedRedisEngine redis, EmbeddedKafkaEngine kafka) {}

    private record StartedApplication(String name, ConfigurableApplicationContext context, URI url)
            implements AutoCloseable {

        @Override
        public void close() {
            MDC.put(ServiceNameLogging.MDC_KEY, name);
            try {
                context.close();
            } finally {
                MDC.remove(ServiceNameLogging.MDC_KEY);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
