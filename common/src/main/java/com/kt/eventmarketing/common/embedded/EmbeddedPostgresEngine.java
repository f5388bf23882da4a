package com.kt.eventmarketing.common.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 (Zonky's binaries) run by {@code pg_ctl} beside the JVM. With a data directory the databases
 * survive restarts; without one a temporary cluster is created and deleted on {@link #close()}.
 */
public final class EmbeddedPostgresEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEngine.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    // the cluster trusts local connections (initdb -A trust): the password is only for clients that insist on one
    private static final String USERNAME = "postgres";
    private static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final @Nullable AtomicBoolean libraryClosed;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresEngine(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.libraryClosed = disableLibraryShutdownHook(postgres);
        EngineSupport.opened(this);
    }

    /**
     * @param dataDir the cluster's directory (created by initdb when empty), or {@code null} for a temporary one
     * @param port the port to listen on, 0 for a free one
     */
    public static EmbeddedPostgresEngine start(@Nullable Path dataDir, int port) {
        EngineSupport.quietLoggers("io.zonky.test.db.postgres");
        if (dataDir == null) {
            // a fresh directory per attempt: initdb wants an empty one
            return EngineSupport.onPort(
                    port, "PostgreSQL", free -> startOn(EngineSupport.tempDirectory("kt-postgres-"), true, free));
        }
        Path dir = EngineSupport.directory(dataDir);
        stopStalePostmaster(dir);
        return EngineSupport.onPort(port, "PostgreSQL", free -> startOn(dir, false, free));
    }

    private static EmbeddedPostgresEngine startOn(Path dir, boolean temporary, int port) {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(temporary)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost");
        if (temporary) {
            // a throw-away cluster needs no crash safety: much faster DDL and commits in tests
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            // Zonky starts postgres with -F (fsync off); data meant to be kept must survive an OS crash
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        long started = System.nanoTime();
        EmbeddedPostgresEngine engine;
        try {
            engine = new EmbeddedPostgresEngine(builder.start(), dir);
        } catch (IOException | RuntimeException e) {
            // our postmaster could not bind (it leaves no pid file) while something else answers on the port
            boolean portTaken = !Files.exists(dir.resolve("postmaster.pid")) && EngineSupport.accepts(port);
            if (temporary) {
                EngineSupport.deleteRecursively(dir);
            }
            if (portTaken) {
                throw new EngineSupport.PortTakenException("port " + port + " is taken", e);
            }
            throw new IllegalStateException("PostgreSQL did not start on " + dir, e);
        }
        // Zonky waits until "a" PostgreSQL answers on the port: make sure it is this one
        if (!engine.servesDirectory(dir)) {
            engine.close();
            throw new EngineSupport.PortTakenException("port " + port + " is served by another PostgreSQL", null);
        }
        log.info(
                "PostgreSQL on port {} ({}) in {} ms",
                port,
                temporary ? "temporary" : dir,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return engine;
    }

    public int port() {
        return postgres.getPort();
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** {@code jdbc:postgresql://localhost:PORT/database}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; safe to call concurrently and on every start. */
    public void createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD)) {
            try (var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (var rows = query.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created meanwhile by someone else
                throw new IllegalStateException("could not create database " + database, e);
            }
        }
    }

    private boolean servesDirectory(Path dir) {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
                var rows = connection.createStatement().executeQuery("SHOW data_directory")) {
            return rows.next() && Files.isSameFile(Path.of(rows.getString(1)), dir);
        } catch (SQLException | IOException e) {
            return false;
        }
    }

    /** Stops PostgreSQL (fast mode); a temporary cluster is deleted. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        EngineSupport.closed(this);
        if (libraryClosed != null) {
            libraryClosed.set(false); // re-arm the close we disabled for the library's own shutdown hook
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Stopping PostgreSQL on {} failed: {}", dataDir, e.toString());
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresEngine[port=" + port() + ", dataDir=" + dataDir + "]";
    }

    /**
     * Zonky registers a shutdown hook that stops PostgreSQL while Spring's hook may still be closing the services
     * that use it. Its {@code close()} is guarded by a private "closed" flag: setting it makes that hook a no-op;
     * {@link #close()} and the package's ordered safety net stop PostgreSQL instead.
     */
    private static @Nullable AtomicBoolean disableLibraryShutdownHook(EmbeddedPostgres postgres) {
        try {
            var field = EmbeddedPostgres.class.getDeclaredField("closed");
            field.setAccessible(true);
            var flag = (AtomicBoolean) field.get(postgres);
            flag.set(true);
            return flag;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Zonky's shutdown hook stays active: {}", e.toString());
            return null;
        }
    }

    /**
     * After a kill -9 of the JVM the postmaster keeps running (pg_ctl detached it) and the next start fails on
     * "lock file postmaster.pid already exists". Stop it, unless another live process still uses the directory.
     */
    private static void stopStalePostmaster(Path dir) {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        ensureNotInUse(dir);
        EngineSupport.staleProcess(pidFile, "postgres").ifPresent(postmaster -> {
            log.warn("Stopping a stale PostgreSQL (pid {}) left running on {}", postmaster.pid(), dir);
            stopFast(postmaster);
        });
        EngineSupport.stopStaleProcess(pidFile, "postgres", Duration.ofSeconds(30)); // if SIGINT did not
        // a pid file whose process is gone, or is no postgres any more (pids are reused), is stale: PostgreSQL would
        // refuse to start while that pid is alive
        boolean alive = EngineSupport.staleProcess(pidFile, "postgres").isPresent();
        if (!alive) {
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                log.warn("Could not remove stale {}: {}", pidFile, e.toString());
            }
        }
    }

    /**
     * SIGINT is PostgreSQL's "fast" shutdown. SIGTERM ("smart") would wait for the dead JVM's sessions to go away;
     * pg_ctl refuses to run as root (Zonky runs it in a user namespace).
     */
    private static void stopFast(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
            if (!EngineSupport.awaitExit(postmaster, Duration.ofSeconds(30))) {
                log.warn("PostgreSQL (pid {}) did not stop on SIGINT within 30 s", postmaster.pid());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (IOException e) {
            log.warn("Could not signal PostgreSQL (pid {}): {}", postmaster.pid(), e.toString());
        }
    }

    /** Zonky holds a lock on {@code epg-lock} while it runs a cluster: a held lock means another JVM uses it. */
    private static void ensureNotInUse(Path dir) {
        try (var out = new FileOutputStream(dir.resolve("epg-lock").toFile());
                var lock = out.getChannel().tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dir + " is in use by another process");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
