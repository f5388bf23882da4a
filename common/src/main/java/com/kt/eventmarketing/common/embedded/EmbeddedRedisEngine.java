package com.kt.eventmarketing.common.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
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
    private static final Pattern PROCESS_ID = Pattern.compile("process_id:(\\d+)");

    private final Process process;
    private final int port;
    private final Path workDir;
    private final boolean temporary;
    private final EngineSupport.@Nullable DirectoryLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedRedisEngine(
            Process process, int port, Path workDir, boolean temporary, EngineSupport.@Nullable DirectoryLock lock) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.temporary = temporary;
        this.lock = lock;
        EngineSupport.opened(this);
    }

    /**
     * @param dataDir where the append-only file lives, or {@code null} for no persistence
     * @param port the port to listen on, 0 for a free one
     */
    public static EmbeddedRedisEngine start(@Nullable Path dataDir, int port) {
        boolean temporary = dataDir == null;
        Path dir = temporary ? EngineSupport.tempDirectory("kt-redis-") : EngineSupport.directory(dataDir);
        var lock = temporary ? null : EngineSupport.lock(dir, "redis");
        try {
            if (!temporary) {
                EngineSupport.stopStaleProcess(dir.resolve("redis.pid"), "redis-server", Duration.ofSeconds(10));
            }
            long started = System.nanoTime();
            var engine = EngineSupport.onPort(port, "Redis", free -> launch(dir, free, temporary, lock));
            log.info(
                    "Redis on port {} ({}) in {} ms",
                    engine.port,
                    temporary ? "temporary" : dir,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return engine;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            if (temporary) {
                EngineSupport.deleteRecursively(dir);
            }
            throw e;
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
        stop(process);
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

    private static EmbeddedRedisEngine launch(
            Path dir, int port, boolean temporary, EngineSupport.@Nullable DirectoryLock lock) {
        Path logFile = dir.resolve("redis.log");
        long logOffset = logFile.toFile().length();
        Process process;
        try {
            process = new ProcessBuilder(command(dir, port, temporary))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server", e);
        }
        try {
            awaitReady(process, port, logFile, logOffset);
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
        return new EmbeddedRedisEngine(process, port, dir, temporary, lock);
    }

    private static List<String> command(Path dir, int port, boolean temporary) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                binary().toString(),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--protected-mode",
                "no",
                "--daemonize",
                "no",
                "--dir",
                dir.toString(),
                "--pidfile",
                dir.resolve("redis.pid").toString(),
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
        return command;
    }

    /**
     * Ready when our process answers on the port. Another process may have bound the free port first: ours then
     * exits ("Address already in use") while the other one answers.
     */
    private static void awaitReady(Process process, int port, Path logFile, long logOffset) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String output = logSince(logFile, logOffset);
                if (output.contains("Address already in use")) {
                    throw new EngineSupport.PortTakenException("port " + port + " is taken", null);
                }
                throw new IllegalStateException("redis-server exited with " + process.exitValue() + ": " + output);
            }
            OptionalLong pid = serverPid(port);
            if (pid.isPresent() && pid.getAsLong() == process.pid()) {
                return;
            }
            EngineSupport.sleep(Duration.ofMillis(20));
        }
        throw new IllegalStateException(
                "redis-server did not answer within " + STARTUP_TIMEOUT + ": " + logSince(logFile, logOffset));
    }

    /** The pid of the Redis answering on the port ({@code INFO server}), if one answers and is ready. */
    private static OptionalLong serverPid(int port) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("INFO server\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            var header = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                header.append((char) c);
            }
            if (header.isEmpty() || header.charAt(0) != '$') {
                return OptionalLong.empty(); // e.g. -LOADING while it reads its append-only file
            }
            int length = Integer.parseInt(header.substring(1).strip());
            String info = new String(in.readNBytes(length), StandardCharsets.US_ASCII);
            var matcher = PROCESS_ID.matcher(info);
            return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                log.warn("redis-server (pid {}) did not stop in 10 s: killing it", process.pid());
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String logSince(Path logFile, long offset) {
        try (var channel = FileChannel.open(logFile)) {
            channel.position(Math.min(offset, channel.size()));
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(no log)";
        }
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
}
