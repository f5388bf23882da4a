package com.kt.eventmarketing.common.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEnginesIT {

    @TempDir
    Path dataDir;

    @Test
    void postgresKeepsDatabasesAcrossRestartsOnItsDataDirectory() throws Exception {
        Path pgDir = dataDir.resolve("postgres");
        try (var postgres = EmbeddedPostgresEngine.start(pgDir, 0)) {
            postgres.createDatabaseIfMissing("user_service");
            postgres.createDatabaseIfMissing("user_service"); // idempotent
            assertThat(postgres.jdbcUrl("user_service"))
                    .isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/user_service");
            try (var connection = DriverManager.getConnection(
                            postgres.jdbcUrl("user_service"), postgres.username(), postgres.password());
                    var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE stores (name TEXT NOT NULL)");
                statement.execute("INSERT INTO stores VALUES ('카페 봄')");
            }
        }
        try (var postgres = EmbeddedPostgresEngine.start(pgDir, 0);
                var connection = DriverManager.getConnection(
                        postgres.jdbcUrl("user_service"), postgres.username(), postgres.password());
                var rows = connection.createStatement().executeQuery("SELECT name, version() FROM stores")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("카페 봄");
            assertThat(rows.getString(2)).startsWith("PostgreSQL 17");
        }
    }

    @Test
    void postgresWithoutDataDirectoryIsTemporaryAndTakesPlainNamesOnly() throws Exception {
        Path dir;
        try (var postgres = EmbeddedPostgresEngine.start(null, 0);
                var connection = DriverManager.getConnection(
                        postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
                var rows = connection.createStatement().executeQuery("SHOW data_directory")) {
            rows.next();
            dir = Path.of(rows.getString(1));
            assertThat(dir).exists();
            assertThatThrownBy(() -> postgres.createDatabaseIfMissing("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void redisKeepsKeysAcrossRestartsOnItsDataDirectory() {
        Path redisDir = dataDir.resolve("redis");
        try (var redis = EmbeddedRedisEngine.start(redisDir, 0)) {
            withRedis(
                    redis,
                    commands -> assertThat(commands.set("event:draft:1", "카페 봄 이벤트"))
                            .isEqualTo("OK"));
        }
        assertThat(redisDir.resolve("redis.pid")).doesNotExist(); // stopped cleanly
        try (var redis = EmbeddedRedisEngine.start(redisDir, 0)) {
            withRedis(
                    redis, commands -> assertThat(commands.get("event:draft:1")).isEqualTo("카페 봄 이벤트"));
        }
    }

    @Test
    void aDataDirectoryServesOneEngineAtATime() {
        Path redisDir = dataDir.resolve("redis-shared");
        try (var redis = EmbeddedRedisEngine.start(redisDir, 0)) {
            assertThatThrownBy(() -> EmbeddedRedisEngine.start(redisDir, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
            withRedis(redis, commands -> assertThat(commands.ping()).isEqualTo("PONG"));
        }
    }

    @Test
    void anEngineNeverTakesAnotherOneOnItsPortForItself() {
        // what happens when another process binds the free port an engine picked before the engine could
        try (var postgres = EmbeddedPostgresEngine.start(null, 0);
                var redis = EmbeddedRedisEngine.start(null, 0);
                var kafka = EmbeddedKafkaEngine.start(null, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgresEngine.start(null, postgres.port()))
                    .isInstanceOf(EngineSupport.PortTakenException.class);
            assertThatThrownBy(() -> EmbeddedRedisEngine.start(null, redis.port()))
                    .isInstanceOf(EngineSupport.PortTakenException.class);
            assertThatThrownBy(() -> EmbeddedKafkaEngine.start(null, port(kafka)))
                    .isInstanceOf(EngineSupport.PortTakenException.class);
            withRedis(redis, commands -> assertThat(commands.ping()).isEqualTo("PONG"));
        }
    }

    @Test
    void kafkaDeliversAndKeepsMessagesAcrossAStopAndRestart() {
        try (var kafka = EmbeddedKafkaEngine.start(dataDir.resolve("kafka"), 0)) {
            String topic = "event.published.v1";
            send(kafka, topic, "before-outage");

            kafka.stop();
            assertThat(EngineSupport.accepts(port(kafka))).isFalse();
            kafka.restart();

            send(kafka, topic, "after-outage");
            assertThat(consumeAll(kafka, topic, 2)).containsExactlyInAnyOrder("before-outage", "after-outage");
        }
    }

    @Test
    void closingStopsTheEnginesAndCanBeRepeated() {
        var redis = EmbeddedRedisEngine.start(null, 0);
        var kafka = EmbeddedKafkaEngine.start(null, 0);
        int redisPort = redis.port();
        int kafkaPort = port(kafka);
        kafka.close();
        redis.close();
        redis.close(); // idempotent
        assertThat(EngineSupport.accepts(redisPort)).isFalse();
        assertThat(EngineSupport.accepts(kafkaPort)).isFalse();
    }

    @Test
    void enginesTakeOverTheirDataDirectoryAfterTheJvmWasKilled() throws Exception {
        // a JVM that starts PostgreSQL and Redis on the directory, then dies by kill -9: both outlive it
        var java = ProcessHandle.current().info().command().orElse("java");
        var child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledJvm.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            // start-up output
        }
        assertThat(line).as("child JVM output").isEqualTo("ready");
        long stalePostmaster = EngineSupport.readPid(dataDir.resolve("postgres/postmaster.pid"))
                .orElseThrow();
        long staleRedis =
                EngineSupport.readPid(dataDir.resolve("redis/redis.pid")).orElseThrow();
        child.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(stalePostmaster)).get().matches(ProcessHandle::isAlive);

        try (var postgres = EmbeddedPostgresEngine.start(dataDir.resolve("postgres"), 0);
                var redis = EmbeddedRedisEngine.start(dataDir.resolve("redis"), 0)) {
            assertThat(gone(stalePostmaster)).isTrue();
            assertThat(gone(staleRedis)).isTrue();
            try (var connection = DriverManager.getConnection(
                            postgres.jdbcUrl("survivor"), postgres.username(), postgres.password());
                    var rows = connection.createStatement().executeQuery("SELECT count(*) FROM pg_class")) {
                assertThat(rows.next()).isTrue();
            }
            withRedis(redis, commands -> assertThat(commands.get("survivor")).isEqualTo("yes"));
        }
    }

    /** The JVM killed by {@link #enginesTakeOverTheirDataDirectoryAfterTheJvmWasKilled()}. */
    static final class KilledJvm {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            var postgres = EmbeddedPostgresEngine.start(dir.resolve("postgres"), 0);
            postgres.createDatabaseIfMissing("survivor");
            var redis = EmbeddedRedisEngine.start(dir.resolve("redis"), 0);
            withRedis(redis, commands -> commands.set("survivor", "yes"));
            var client = RedisClient.create("redis://localhost:" + redis.port());
            try (var connection = client.connect()) {
                connection.sync().bgrewriteaof(); // the append-only file is fsynced every second: flush it now
            }
            Thread.sleep(1500);
            System.out.println("ready");
            Thread.sleep(Duration.ofMinutes(5));
        }
    }

    /** Exited, or a zombie: orphans here may be re-parented to an init that does not reap them. */
    private static boolean gone(long pid) {
        return ProcessHandle.of(pid)
                .map(process -> EngineSupport.awaitExit(process, Duration.ZERO))
                .orElse(true);
    }

    private static int port(EmbeddedKafkaEngine kafka) {
        return Integer.parseInt(kafka.bootstrapServers().substring("localhost:".length()));
    }

    private static void withRedis(
            EmbeddedRedisEngine redis,
            java.util.function.Consumer<io.lettuce.core.api.sync.RedisCommands<String, String>> work) {
        var client = RedisClient.create("redis://localhost:" + redis.port());
        try (var connection = client.connect()) {
            work.accept(connection.sync());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    private static void send(EmbeddedKafkaEngine kafka, String topic, String value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                10_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "event-1", value)).get();
        } catch (Exception e) {
            throw new AssertionError("send failed", e);
        }
    }

    private static List<String> consumeAll(EmbeddedKafkaEngine kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}
