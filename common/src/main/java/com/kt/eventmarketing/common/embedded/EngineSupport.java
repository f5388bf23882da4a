package com.kt.eventmarketing.common.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the three engines share: ports, directories, stale processes, logging and the shutdown safety net. */
final class EngineSupport {

    private static final Logger log = LoggerFactory.getLogger(EngineSupport.class);

    private static final Deque<AutoCloseable> openEngines = new ConcurrentLinkedDeque<>();
    static final int PORT_ATTEMPTS = 5;

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(EngineSupport::closeForgottenEngines, "kt-embedded-engines-closer"));
    }

    private EngineSupport() {}

    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    static void checkPort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Starts an engine on the requested port or, for 0, on a free one. Another process (the tests of the other
     * modules run beside us) can take a free port before the engine binds it: the engine then throws
     * {@link PortTakenException} and starts again on another port.
     */
    static <T> T onPort(int requested, String engine, IntFunction<T> start) {
        checkPort(requested);
        if (requested != 0) {
            return start.apply(requested);
        }
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            try {
                return start.apply(port);
            } catch (PortTakenException e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw e;
                }
                log.info("{}: port {} was taken meanwhile, trying another", engine, port);
            }
        }
    }

    /** The engine could not have its port: someone else bound it first. */
    static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    static boolean isBindFailure(@Nullable Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException
                    || (cause.getMessage() != null && cause.getMessage().contains("Address already in use"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static boolean accepts(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    /**
     * Holds an exclusive lock on a file in the directory for as long as an engine uses it, so that a second process
     * fails fast instead of stopping the first one's engine as "stale".
     */
    static DirectoryLock lock(Path dir, String what) {
        try {
            var channel = FileChannel.open(
                    dir.resolve(".kt-" + what + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException(what + " data directory " + dir + " is in use by another engine");
            }
            return new DirectoryLock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir, e);
        }
    }

    record DirectoryLock(FileChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            try {
                channel.close(); // releases the lock
            } catch (IOException e) {
                log.debug("closing lock: {}", e.toString());
            }
        }
    }

    static void deleteRecursively(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // already gone
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.toString());
        }
    }

    /**
     * A process of ours that outlived its JVM (kill -9) still holds the data directory and the port: stop it, but
     * only if the pid really is that program (pids are reused).
     */
    static void stopStaleProcess(Path pidFile, String program, Duration grace) {
        staleProcess(pidFile, program).ifPresent(process -> {
            log.warn("Stopping a stale {} (pid {}) left running on {}", program, process.pid(), pidFile.getParent());
            process.destroy();
            if (!awaitExit(process, grace)) {
                log.warn("Stale {} (pid {}) did not stop in {}: killing it", program, process.pid(), grace);
                process.destroyForcibly();
                if (!awaitExit(process, Duration.ofSeconds(10))) {
                    throw new IllegalStateException("could not stop stale " + program + " pid " + process.pid());
                }
            }
        });
    }

    /**
     * Waits until the process has exited. An orphan whose new parent does not reap it stays a zombie: it counts as
     * exited once its command line is gone.
     */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && process.info().command().isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(Duration.ofMillis(50));
        }
        return true;
    }

    /** The live process named in the pid file, if it runs {@code program} (by its executable's file name). */
    static Optional<ProcessHandle> staleProcess(Path pidFile, String program) {
        return readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info()
                        .command()
                        .map(command ->
                                Path.of(command).getFileName().toString().startsWith(program))
                        .orElse(false));
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            var lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            log.debug("Unreadable pid file {}: {}", pidFile, e.toString());
            return Optional.empty();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Engines log a lot at INFO (Kafka) or even DEBUG when Logback has no configuration yet. Quiets them unless the
     * configuration in place already says something about these loggers.
     */
    static void quietLoggers(String... names) {
        if (!isPresent("ch.qos.logback.classic.Logger")) {
            return;
        }
        Logback.warnUnlessConfigured(names);
    }

    /** Touched only when Logback is present, so that the engines work with any SLF4J binding. */
    private static final class Logback {
        static void warnUnlessConfigured(String... names) {
            for (String name : names) {
                if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger
                        && logger.getLevel() == null) {
                    logger.setLevel(ch.qos.logback.classic.Level.WARN);
                }
            }
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, EngineSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    // ---- shutdown safety net ------------------------------------------------------------------------------

    static void opened(AutoCloseable engine) {
        openEngines.push(engine);
    }

    static void closed(AutoCloseable engine) {
        openEngines.remove(engine);
    }

    /**
     * The engines' own libraries stop them from JVM shutdown hooks that run at the same time as Spring's, so a
     * database could go away under applications still closing. Their hooks are disabled; this one closes what nobody
     * closed, newest first, after the applications' shutdown hooks (by convention named {@code *ShutdownHook}:
     * Spring's and the launcher's) have finished.
     */
    private static void closeForgottenEngines() {
        if (openEngines.isEmpty()) {
            return;
        }
        sleep(Duration.ofMillis(50)); // the JVM starts the hooks one after the other
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread() && thread.getName().endsWith("ShutdownHook")) {
                try {
                    thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        AutoCloseable engine;
        while ((engine = openEngines.poll()) != null) {
            try {
                engine.close();
            } catch (Exception e) {
                log.warn("Closing {} at shutdown failed: {}", engine, e.toString());
            }
        }
    }
}
