package com.kt.eventmarketing.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to run the platform: where its data lives and the edge's port. Read from {@code --data-dir=} and
 * {@code --port=} (or the environment variables {@code KT_DATA_DIR}, {@code KT_PORT}); every other argument is
 * handed to each application, after the launcher's own, so it can override them.
 *
 * @param dataDir PostgreSQL, Redis and Kafka keep their data below it, so a restart keeps accounts and events
 * @param port the edge's port, 0 for a free one
 */
public record LauncherOptions(Path dataDir, int port, List<String> applicationArgs) {

    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final int DEFAULT_PORT = 8080;

    public LauncherOptions {
        dataDir = dataDir.toAbsolutePath().normalize();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        applicationArgs = List.copyOf(applicationArgs);
    }

    public LauncherOptions(Path dataDir, int port) {
        this(dataDir, port, List.of());
    }

    public static LauncherOptions parse(String[] args, Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("KT_DATA_DIR", DEFAULT_DATA_DIR.toString()));
        String port = env.getOrDefault("KT_PORT", Integer.toString(DEFAULT_PORT));
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else {
                rest.add(arg);
            }
        }
        try {
            return new LauncherOptions(dataDir, Integer.parseInt(port.strip()), rest);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number: " + port, e);
        }
    }

    Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    Path redisDir() {
        return dataDir.resolve("redis");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }
}
