package com.kt.eventmarketing.common.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka 4 (KRaft: broker and controller in one {@link KafkaRaftServer}) inside this JVM. Topics are
 * created on first use. {@link #stop()} and {@link #restart()} take the broker down and up again on the same port
 * and log directory, for tests of broker outages.
 */
public final class EmbeddedKafkaEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaEngine.class);

    private final Properties config;
    private final int port;
    private final Path logDir;
    private final boolean temporary;
    private final AtomicBoolean closed = new AtomicBoolean();
    private @Nullable KafkaRaftServer server;

    private EmbeddedKafkaEngine(Properties config, int port, Path logDir, boolean temporary) {
        this.config = config;
        this.port = port;
        this.logDir = logDir;
        this.temporary = temporary;
    }

    /**
     * @param dataDir the log directory (formatted on first use), or {@code null} for a temporary one
     * @param port the client port, 0 for a free one
     */
    public static EmbeddedKafkaEngine start(@Nullable Path dataDir, int port) {
        EngineSupport.quietLoggers("kafka", "org.apache.kafka", "state.change.logger");
        EngineSupport.checkPort(port);
        boolean temporary = dataDir == null;
        Path dir = temporary ? EngineSupport.tempDirectory("kt-kafka-") : EngineSupport.directory(dataDir);
        try {
            formatIfNeeded(dir);
            for (int attempt = 1; ; attempt++) {
                // the controller's port is always a free one; another process may take it (or the client port)
                // before the server binds it: then again on others
                int clientPort = port == 0 ? EngineSupport.freePort() : port;
                int controllerPort = EngineSupport.freePort();
                var engine =
                        new EmbeddedKafkaEngine(config(dir, clientPort, controllerPort), clientPort, dir, temporary);
                try {
                    engine.startServer();
                    EngineSupport.opened(engine);
                    return engine;
                } catch (EngineSupport.PortTakenException e) {
                    if (attempt == EngineSupport.PORT_ATTEMPTS) {
                        throw e;
                    }
                    log.info("Kafka: a port was taken meanwhile, trying others");
                }
            }
        } catch (RuntimeException e) {
            if (temporary) {
                EngineSupport.deleteRecursively(dir);
            }
            throw e;
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Takes the broker down (clients see an outage); the port and the log directory are kept for {@link #restart()}. */
    public synchronized void stop() {
        var running = server;
        if (running == null) {
            return;
        }
        server = null;
        long started = System.nanoTime();
        running.shutdown();
        running.awaitShutdown();
        log.info("Kafka on port {} stopped in {} ms", port, millisSince(started));
    }

    /** Brings the broker up again on the same port and log directory; the topics and their messages are kept. */
    public synchronized void restart() {
        if (closed.get()) {
            throw new IllegalStateException("closed");
        }
        if (server == null) {
            startServer();
        }
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        EngineSupport.closed(this);
        try {
            stop();
        } finally {
            if (temporary) {
                EngineSupport.deleteRecursively(logDir);
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaEngine[" + bootstrapServers() + ", logDir=" + logDir + "]";
    }

    private synchronized void startServer() {
        long started = System.nanoTime();
        // a fresh KafkaConfig each time: a server object cannot be started twice
        var raftServer = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
        try {
            raftServer.startup(); // returns once the broker is unfenced and serves clients
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            if (EngineSupport.isBindFailure(e)) {
                throw new EngineSupport.PortTakenException("Kafka could not bind its ports", e);
            }
            throw new IllegalStateException("Kafka did not start on port " + port, e);
        }
        server = raftServer;
        log.info(
                "Kafka on {} ({}) in {} ms",
                bootstrapServers(),
                temporary ? "temporary" : logDir,
                millisSince(started));
    }

    private static void formatIfNeeded(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format the Kafka log directory " + logDir, e);
        }
    }

    private static Properties config(Path dir, int clientPort, int controllerPort) {
        var properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
                Map.entry(
                        "listeners",
                        "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + clientPort),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dir.toString()),
                Map.entry("metadata.log.dir", dir.toString()),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", "3"),
                // one node: every internal topic with one replica, few partitions (fast first use)
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.num.partitions", "5"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // small machine: fewer threads, no 128 MB log cleaner buffer
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "4"),
                Map.entry("background.threads", "4"),
                Map.entry("num.recovery.threads.per.data.dir", "1"),
                Map.entry("num.replica.fetchers", "1"),
                Map.entry("log.cleaner.threads", "1"),
                Map.entry("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024)),
                Map.entry("controlled.shutdown.enable", "true"),
                Map.entry("log.cleaner.backoff.ms", "15000")));
        return properties;
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
