package com.kt.eventmarketing.common.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.ExecutableProvider;
import redis.embedded.model.OsArchitecture;

/**
 * A real redis-server (the binary shipped by codemonstur's embedded-redis) as a child process. With a data directory
 * it keeps an append-only file there, so a restart keeps the keys; without one it is a pure in-memory cache.
 *
 * <p>The process is started here rather than through the library's {@code RedisServer}, whose JVM shutdown hook
 * would stop Redis while the services using it are still closing.
 */
public final class EmbeddedRedisEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisEngine.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path workDir;
    private final boolean temporary;
    private final EngineSupport.@Nullable DirectoryLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedRedisEngine(
            Process process, int port, Path workDir, boolean temporary, EngineSupport.@Nullable DirectoryLock lock) {
        this.process = process;
        this.lock = lock;
        this.port = port;
        this.workDir = workDir;
        this.temporary = temporary;
        EngineSupport.opened(this);
    }

    /**
     * @param dataDir where the append-only file lives, or {@code null} for no persistence
     * @param port the port to listen on, 0 for a free one
     */
    public static EmbeddedRedisEngine start(@Nullable Path dataDir, int port) {
        boolean temporary = dataDir == null;
        Path dir = temporary ? EngineSupport.tempDirectory("kt-redis-") : EngineSupport.directory(dataDir);
        Path pidFile = dir.resolve("redis.pid");
        var lock = temporary ? null : EngineSupport.lock(dir, "redis");
        if (!temporary) {
            EngineSupport.stopStaleProcess(pidFile, "redis-server", Duration.ofSeconds(10));
        }
        int actualPort = EngineSupport.portOrFree(port);
        long started = System.nanoTime();
        try {
            List<String> command = new ArrayList<>(List.of(
                    binary().toString(),
                    "--port",
                    Integer.toString(actualPort),
                    "--bind",
                    "127.0.0.1",
                    "--protected-mode",
                    "no",
                    "--daemonize",
                    "no",
                    "--dir",
                    dir.toString(),
                    "--pidfile",
                    pidFile.toString(),
                    "--logfile",
                    "",
                    "--loglevel",
                    "warning",
                    "--save",
                    ""));
            if (temporary) {
                command.addAll(List.of("--appendonly", "no"));
            } else {
                command.addAll(List.of("--appendonly", "yes", "--appendfsync", "everysec"));
            }
            var process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve("redis.log").toFile()))
                    .start();
            var engine = new EmbeddedRedisEngine(process, actualPort, dir, temporary, lock);
            engine.awaitReady();
            log.info(
                    "Redis on port {} ({}) in {} ms",
                    actualPort,
                    temporary ? "temporary" : dir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return engine;
        } catch (IOException e) {
            if (lock != null) {
                lock.close();
            }
            throw new UncheckedIOException("Redis did not start on port " + actualPort, e);
        }
    }

    public int port() {
        return port;
    }

    /** Stops Redis (SIGTERM: it flushes its append-only file first). */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        EngineSupport.closed(this);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                log.warn("Redis on port {} did not stop in 10 s: killing it", port);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (lock != null) {
            lock.close();
        }
        if (temporary) {
            EngineSupport.deleteRecursively(workDir);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedRedisEngine[port=" + port + ", dir=" + workDir + "]";
    }

    /**
     * The library's redis-server for this platform, copied out of its jar once per machine (not per start: 10 MB).
     * Written under a temporary name and renamed, so a running copy is never overwritten.
     */
    private static Path binary() throws IOException {
        String resource = ExecutableProvider.newProvidedVersionsMap().get(OsArchitecture.detectOSandArchitecture());
        if (resource == null) {
            throw new IOException("embedded-redis has no redis-server for " + OsArchitecture.detectOSandArchitecture());
        }
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kt-embedded-redis"));
        Path binary = dir.resolve(Path.of(resource).getFileName().toString());
        if (Files.isExecutable(binary)) {
            return binary;
        }
        Path partial = Files.createTempFile(dir, binary.getFileName().toString(), ".partial");
        try (InputStream in = ExecutableProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (!partial.toFile().setExecutable(true)) {
                throw new IOException("cannot make " + partial + " executable");
            }
            Files.move(partial, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return binary;
    }

    /** Ready when it answers PING (loading a large append-only file answers LOADING first). */
    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String failure = "redis-server exited with " + process.exitValue() + ": " + logTail();
                close();
                throw new IOException(failure);
            }
            if (pong()) {
                return;
            }
            EngineSupport.sleep(Duration.ofMillis(20));
        }
        String failure = "redis-server did not answer PING within " + STARTUP_TIMEOUT + ": " + logTail();
        close();
        throw new IOException(failure);
    }

    private boolean pong() {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int n = in.readNBytes(reply, 0, 7);
            return new String(reply, 0, n, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private String logTail() {
        try {
            var lines = Files.readAllLines(workDir.resolve("redis.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
