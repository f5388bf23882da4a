package com.kt.eventmarketing.bench.participation;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.embedded.EmbeddedKafkaEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedPostgresEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedRedisEngine;
import com.kt.eventmarketing.common.messaging.CloudEventHeaders;
import com.kt.eventmarketing.common.testing.TestTokens;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.participation.draw.domain.EntryList;
import com.kt.eventmarketing.participation.draw.domain.MasterSeed;
import com.kt.eventmarketing.participation.draw.domain.WeightedDraw;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entries under load through the edge, and a draw over 1 000 000 entries.
 *
 * <ol>
 *   <li>Starts an embedded PostgreSQL, Redis and Kafka in this JVM, the participation service and the web edge in
 *       child JVMs (their exec jars), publishes an open event through Kafka (as the event service would). PostgreSQL
 *       is durable as in production ({@code --postgres=durable}: fsync, synchronous commit and full-page writes on)
 *       unless {@code --postgres=throwaway} (the tests' settings, all three off).
 *   <li>Entries: N clients (virtual threads) POST distinct entries through the edge for a fixed time after a warm-up
 *       on another event; counts 201s, rows and ParticipantRegistered messages (they must be equal, no other status).
 *   <li>Baseline, same run, same PostgreSQL, same concurrency: JDBC {@code INSERT … ON CONFLICT DO NOTHING} of one
 *       row into a table with {@code UNIQUE(event_id, phone_hash)}, autocommit.
 *   <li>Draw: the domain's weighted draw over 1 000 000 entries (timed, median of repeated runs), the database load
 *       of the eligible list measured separately, and the whole {@code POST /draws} over 1 000 000 real (encrypted)
 *       entries.
 * </ol>
 */
public final class ParticipationBench {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String DATABASE = "participation_service";
    private static final String RAW_DATABASE = "participation_raw";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) {
        int status = 0;
        try {
            run(options(args));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status); // the JWKS server of TestTokens runs on a non-daemon thread
    }

    static void run(Map<String, String> options) throws Exception {
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "60")));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "30")));
        int drawEntries = Integer.parseInt(options.getOrDefault("draw-entries", "1000000"));
        Path serviceJar = Path.of(options.getOrDefault("service-jar", "bench/participation/target/apps/service.jar"));
        Path edgeJar = Path.of(options.getOrDefault("edge-jar", "bench/participation/target/apps/web.jar"));
        Path out = Path.of(options.getOrDefault("out", "bench/participation/results.md"));
        Path work = Files.createTempDirectory("kt-bench-participation-");
        // durable: fsync and synchronous commit on, as production runs PostgreSQL (the engine is crash-safe with a
        // data directory); throwaway: the tests' settings (no fsync, no synchronous commit, no full-page writes)
        boolean durable = switch (options.getOrDefault("postgres", "durable")) {
            case "durable" -> true;
            case "throwaway" -> false;
            default -> throw new IllegalArgumentException("--postgres=durable|throwaway");
        };
        StringBuilder report = new StringBuilder();
        String directRow = null;
        String cpuNote = "";

        byte[] aes = new byte[32];
        byte[] hmac = new byte[32];
        new SecureRandom().nextBytes(aes);
        new SecureRandom().nextBytes(hmac);
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("bench", aes), "bench", hmac);

        try (EmbeddedPostgresEngine postgres =
                        EmbeddedPostgresEngine.start(durable ? work.resolve("pgdata") : null, 0);
                EmbeddedRedisEngine redis = EmbeddedRedisEngine.start(null, 0);
                EmbeddedKafkaEngine kafka = EmbeddedKafkaEngine.start(null, 0)) {
            postgres.createDatabaseIfMissing(DATABASE);
            postgres.createDatabaseIfMissing(RAW_DATABASE);
            int servicePort = freePort();
            int edgePort = freePort();
            List<String> serviceArgs = List.of(
                    "--server.port=" + servicePort,
                    "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                    "--spring.datasource.username=" + postgres.username(),
                    "--spring.datasource.password=" + postgres.password(),
                    "--spring.data.redis.host=localhost",
                    "--spring.data.redis.port=" + redis.port(),
                    "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                    "--kt.security.jwk-set-uri=" + TestTokens.shared().jwkSetUri(),
                    "--kt.crypto.keys.bench=" + Base64.getEncoder().encodeToString(aes),
                    "--kt.crypto.active-key-id=bench",
                    "--kt.crypto.blind-index-key=" + Base64.getEncoder().encodeToString(hmac),
                    // the load comes from one address through the edge: the abuse limits would stop it
                    "--kt.participation.limits.entries-per-ip=1000000000",
                    "--kt.participation.limits.entries-per-event=1000000000");
            try (ChildJvm service = ChildJvm.start(
                            "participation-service", serviceJar, "-Xmx768m", serviceArgs, work, servicePort);
                    ChildJvm edge = ChildJvm.start(
                            "web",
                            edgeJar,
                            "-Xmx256m",
                            List.of(
                                    "--server.port=" + edgePort,
                                    "--kt.edge.services.participation-service=http://localhost:" + servicePort),
                            work,
                            edgePort)) {
                String edgeBase = "http://localhost:" + edgePort;
                UUID storeId = UUID.randomUUID();
                UUID userId = UUID.randomUUID();
                LocalDate today = LocalDate.now(SEOUL);
                UUID warmEvent = publish(kafka, userId, storeId, today.minusDays(1), today.plusDays(7));
                UUID measuredEvent = publish(kafka, userId, storeId, today.minusDays(1), today.plusDays(7));
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                waitUntilOpen(http, edgeBase, warmEvent);
                waitUntilOpen(http, edgeBase, measuredEvent);
                String loadClient = options.getOrDefault("load-client", "plain");
                Entries viaEdge = Entries.of(loadClient, http, "localhost", edgePort);
                Entries direct = Entries.of(loadClient, http, "localhost", servicePort);

                System.out.printf(
                        "entries: %d clients (%s client), warm-up %d s, measured %d s%n",
                        clients, loadClient, warmup.toSeconds(), duration.toSeconds());
                AtomicLong phones = new AtomicLong();
                // warm-up: at least --warmup, then on until the JIT compilers of both JVMs have settled
                // (under 5 % of a core each over 10 s), at most --max-warmup: the measured minute is then
                // steady state, not C2 compiling beside the load on the same 2 cores
                Duration maxWarmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-warmup", "300")));
                long warmStart = System.nanoTime();
                load(clients, warmup, n -> viaEdge.enter(warmEvent, phones.incrementAndGet()));
                while (System.nanoTime() - warmStart < maxWarmup.toNanos()) {
                    double service0 = jitSeconds(service.pid());
                    double edge0 = jitSeconds(edge.pid());
                    load(clients, Duration.ofSeconds(10), n -> viaEdge.enter(warmEvent, phones.incrementAndGet()));
                    double serviceJit = jitSeconds(service.pid()) - service0;
                    double edgeJit = jitSeconds(edge.pid()) - edge0;
                    System.out.printf(Locale.ROOT, "JIT over 10 s: service %.2f s, edge %.2f s%n", serviceJit, edgeJit);
                    if (serviceJit < 0.5 && edgeJit < 0.5) {
                        break;
                    }
                }
                warmup = Duration.ofNanos(System.nanoTime() - warmStart);
                // raw warm-up too, so both sides meet a warm PostgreSQL
                createRawTable(postgres);
                rawLoad(postgres, clients, Duration.ofSeconds(5), "warm");

                String serviceBase = "http://localhost:" + servicePort;
                if (Boolean.parseBoolean(options.getOrDefault("direct", "true"))) {
                    // the same load straight at the service, to tell the edge's share from the service's
                    UUID directEvent = publish(kafka, userId, storeId, today.minusDays(1), today.plusDays(7));
                    waitUntilOpen(http, serviceBase, directEvent);
                    LoadResult straight =
                            load(clients, duration, n -> direct.enter(directEvent, phones.incrementAndGet()));
                    System.out.print(row("direct to the service (no edge)", straight));
                    directRow = row("same POST straight to the service (no edge), for comparison", straight);
                }
                Thread dumper = Thread.ofVirtual()
                        .start(() -> threadDump(service.pid(), work.resolve("service-threads.txt"), duration));
                String loadBefore = loadAverage();
                double serviceCpu0 = cpuSeconds(service.pid());
                double edgeCpu0 = cpuSeconds(edge.pid());
                double serviceJit0 = jitSeconds(service.pid());
                double edgeJit0 = jitSeconds(edge.pid());
                CpuBudget budget = new CpuBudget(service.pid(), edge.pid());
                Map<String, Double> budget0 = budget.snapshot();
                LoadResult entries =
                        load(clients, duration, n -> viaEdge.enter(measuredEvent, phones.incrementAndGet()));
                Map<String, Double> budget1 = budget.snapshot();
                viaEdge.close();
                direct.close();
                double serviceCpuMs = (cpuSeconds(service.pid()) - serviceCpu0) * 1000 / Math.max(1, entries.ok());
                double edgeCpuMs = (cpuSeconds(edge.pid()) - edgeCpu0) * 1000 / Math.max(1, entries.ok());
                double serviceJit = jitSeconds(service.pid()) - serviceJit0;
                double edgeJit = jitSeconds(edge.pid()) - edgeJit0;
                String loadAfter = loadAverage();
                dumper.join();
                cpuNote = String.format(
                        Locale.ROOT,
                        "CPU per entry during the measured edge run: service %.2f ms, edge %.2f ms (from /proc);"
                                + " JIT compilation in that run: service %.1f s, edge %.1f s (warm-up %d s)."
                                + " Machine load average before/after: %s / %s (1, 5, 15 min; the benchmark's own"
                                + " processes included).%n%n",
                        serviceCpuMs,
                        edgeCpuMs,
                        serviceJit,
                        edgeJit,
                        warmup.toSeconds(),
                        loadBefore,
                        loadAfter);
                cpuNote += "Where the machine's CPU went during the measured edge run (the load generator: "
                        + loadClient + " client):\n\n" + CpuBudget.report(budget0, budget1, entries.ok()) + "\n";
                LoadResult raw = rawLoad(postgres, clients, duration, "measured");

                long rows = count(
                        postgres,
                        DATABASE,
                        "SELECT count(*) FROM participants WHERE event_id = '" + measuredEvent + "'");
                long distinctNumbers = count(
                        postgres,
                        DATABASE,
                        "SELECT count(DISTINCT entry_number) FROM participants WHERE event_id = '" + measuredEvent
                                + "'");
                long drainStart = System.nanoTime();
                long messages = messages(kafka, measuredEvent, entries.ok());
                double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
                String outbox = outboxState(postgres);
                report.append(entriesReport(
                        clients, warmup, duration, durable, entries, raw, rows, distinctNumbers, messages, directRow));
                report.append(cpuNote);
                report.append(String.format(
                        Locale.ROOT,
                        "Messages read back until %.0f s after the load (stops 5 s after the last expected one, or"
                                + " after 60 s without progress); outbox rows left then: %s.%n%n",
                        drainSeconds,
                        outbox));
                System.out.println(report);

                report.append(drawReport(
                        postgres,
                        kafka,
                        cipher,
                        http,
                        "http://localhost:" + servicePort,
                        userId,
                        storeId,
                        drawEntries));
            }
            System.out.println(report);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        } finally {
            if (Boolean.parseBoolean(options.getOrDefault("keep", "false"))) {
                System.out.println("logs kept in " + work);
            } else {
                deleteQuietly(work);
            }
        }
    }

    private static String outboxState(EmbeddedPostgresEngine postgres) {
        try (Connection c = connect(postgres, DATABASE);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, count(*) FROM event_publication GROUP BY status")) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getString(1)).append('=').append(rs.getLong(2)).append(' ');
            }
            return out.isEmpty() ? "none" : out.toString().strip();
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    /** User + system CPU seconds of a process so far (Linux /proc, 100 ticks per second). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Seconds the JIT compilers of a JVM have spent so far (jcmd PerfCounter.print), NaN if unknown. */
    static double jitSeconds(long pid) {
        try {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            Long.toString(pid),
                            "PerfCounter.print")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            double ticks = Double.NaN;
            double frequency = Double.NaN;
            for (String line : out.split("\n")) {
                if (line.startsWith("java.ci.totalTime=") || line.startsWith("sun.ci.totalTime=")) {
                    ticks = Double.parseDouble(
                            line.substring(line.indexOf('=') + 1).strip());
                } else if (line.startsWith("sun.os.hrt.frequency=")) {
                    frequency = Double.parseDouble(
                            line.substring(line.indexOf('=') + 1).strip());
                }
            }
            return ticks / frequency;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** A thread dump of the service half-way through the measured load (jcmd), for the keep=true runs. */
    private static void threadDump(long pid, Path file, Duration duration) {
        try {
            Thread.sleep(duration.toMillis() / 2);
            new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            Long.toString(pid),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(file.toFile())
                    .start()
                    .waitFor();
        } catch (Exception e) {
            // diagnostics only
        }
    }

    // ---------------------------------------------------------------------------------------------------- entries

    /** How the load is sent: the lean {@link LoadClient} (default) or, with --load-client=jdk, the JDK HttpClient. */
    interface Entries extends AutoCloseable {
        int enter(UUID eventId, long n) throws Exception;

        @Override
        void close();

        static Entries of(String kind, HttpClient http, String host, int port) {
            String base = "http://" + host + ":" + port;
            if (kind.equals("jdk")) {
                return new Entries() {
                    @Override
                    public int enter(UUID eventId, long n) throws Exception {
                        return http.send(
                                        HttpRequest.newBuilder(URI.create(base + path(eventId)))
                                                .header("Content-Type", "application/json")
                                                .timeout(Duration.ofSeconds(10))
                                                .POST(HttpRequest.BodyPublishers.ofString(entryJson(n)))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode();
                    }

                    @Override
                    public void close() {}
                };
            }
            LoadClient client = new LoadClient(host, port);
            return new Entries() {
                @Override
                public int enter(UUID eventId, long n) throws Exception {
                    return client.postJson(path(eventId), entryJson(n));
                }

                @Override
                public void close() {
                    client.close();
                }
            };
        }

        private static String path(UUID eventId) {
            return "/api/v1/public/events/" + eventId + "/participants";
        }
    }

    static String entryJson(long n) {
        return "{\"name\":\"참여자\",\"phoneNumber\":\"" + phone(n)
                + "\",\"channel\":\"INSTAGRAM\",\"privacyConsent\":true,\"marketingConsent\":" + (n % 3 == 0) + "}";
    }

    /** A distinct valid mobile number per n: 010-2xxx-xxxx … 010-9xxx-xxxx. */
    static String phone(long n) {
        return String.format(Locale.ROOT, "010%08d", 20_000_000 + n);
    }

    interface Call {
        int call(long n) throws Exception;
    }

    record LoadResult(long ok, long other, long[] latenciesNanos, double seconds, Map<Integer, Long> statuses) {

        double perSecond() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    /** N clients in a closed loop for the duration; a request counts as ok on 201 (entries) or 1 row (raw). */
    static LoadResult load(int clients, Duration duration, Call call) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = call.call(sequence.incrementAndGet());
                    } catch (Exception e) {
                        status = -1;
                    }
                    long took = System.nanoTime() - t0;
                    if (count == mine.length) {
                        mine = Arrays.copyOf(mine, mine.length * 2);
                    }
                    mine[count++] = took;
                    statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                }
                latencies.add(Arrays.copyOf(mine, count));
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<Integer, Long> byStatus = new HashMap<>();
        statuses.forEach((s, n) -> byStatus.put(s, n.get()));
        long ok = byStatus.getOrDefault(201, 0L);
        return new LoadResult(ok, all.length - ok, all, seconds, byStatus);
    }

    private static void createRawTable(EmbeddedPostgresEngine postgres) throws Exception {
        try (Connection c = connect(postgres, RAW_DATABASE);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS raw_entries");
            s.execute("""
                    CREATE TABLE raw_entries (
                        entry_id   BIGSERIAL PRIMARY KEY,
                        event_id   UUID      NOT NULL,
                        phone_hash CHAR(64)  NOT NULL,
                        created_at TIMESTAMP NOT NULL DEFAULT now(),
                        UNIQUE (event_id, phone_hash))""");
        }
    }

    /** The raw rate: one-row INSERT … ON CONFLICT DO NOTHING per call, autocommit, one connection per client. */
    private static LoadResult rawLoad(EmbeddedPostgresEngine postgres, int clients, Duration duration, String phase)
            throws Exception {
        UUID eventId = UUID.randomUUID();
        List<Connection> connections = new ArrayList<>();
        ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
        ConcurrentLinkedQueue<PreparedStatement> pool = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < clients; i++) {
            Connection c = connect(postgres, RAW_DATABASE);
            connections.add(c);
            pool.add(c.prepareStatement(
                    "INSERT INTO raw_entries (event_id, phone_hash) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        }
        try {
            return load(clients, duration, n -> {
                PreparedStatement insert = statements.get();
                if (insert == null) {
                    insert = pool.poll();
                    statements.set(insert);
                }
                insert.setObject(1, eventId);
                insert.setString(2, MasterSeed.sha256Hex((phase + n).getBytes(StandardCharsets.UTF_8)));
                return insert.executeUpdate() == 1 ? 201 : 409;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static long messages(EmbeddedKafkaEngine kafka, UUID eventId, long expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        long found = 0;
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(ParticipantRegistered.TOPIC));
            String key = eventId.toString();
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                long before = found;
                for (var record : records) {
                    if (key.equals(record.key())) {
                        found++;
                    }
                }
                if (found != before) {
                    quietSince = System.nanoTime();
                }
                // all expected arrived and nothing more for 5 s (a duplicate would show up as found > expected)
                if (found >= expected
                        && System.nanoTime() - quietSince
                                > Duration.ofSeconds(5).toNanos()) {
                    break;
                }
                // the outbox still delivering: wait as long as messages keep coming
                if (System.nanoTime() - quietSince > Duration.ofSeconds(60).toNanos()) {
                    break;
                }
            }
        }
        return found;
    }

    private static String entriesReport(
            int clients,
            Duration warmup,
            Duration duration,
            boolean durable,
            LoadResult entries,
            LoadResult raw,
            long rows,
            long distinctNumbers,
            long messages,
            String directRow) {
        StringBuilder s = new StringBuilder();
        s.append("# Participation benchmark\n\n");
        s.append(String.format(
                Locale.ROOT,
                "Machine: %d CPUs (shared), JDK %s. %d concurrent clients, warm-up %d s, measured %d s each.%n"
                        + "PostgreSQL: %s.%n%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                clients,
                warmup.toSeconds(),
                duration.toSeconds(),
                durable
                        ? "durable, as in production (fsync, synchronous commit and full-page writes on)"
                        : "throwaway, as in the tests (fsync, synchronous commit and full-page writes off)"));
        s.append("## Entries through the edge vs raw PostgreSQL (same run, same PostgreSQL, same concurrency)\n\n");
        s.append("| path | rows/s | p50 ms | p99 ms | ok | other statuses |\n|---|---:|---:|---:|---:|---|\n");
        s.append(row("POST /api/v1/public/events/{id}/participants via edge → service", entries));
        s.append(row("JDBC INSERT … ON CONFLICT DO NOTHING (autocommit)", raw));
        if (directRow != null) {
            s.append(directRow);
        }
        s.append(String.format(
                Locale.ROOT,
                "%nRatio edge/raw: **%.3f** (target ≥ 0.5); entries p99 **%.1f ms** (target < 50 ms).%n%n",
                entries.perSecond() / raw.perSecond(),
                entries.percentileMillis(99)));
        s.append(String.format(
                Locale.ROOT,
                "Consistency of the measured event: 201 answers %d, rows %d, distinct entry numbers %d,"
                        + " ParticipantRegistered messages %d → %s.%n%n",
                entries.ok(),
                rows,
                distinctNumbers,
                messages,
                entries.ok() == rows && rows == messages && rows == distinctNumbers
                        ? "zero duplicates, zero lost"
                        : "MISMATCH"));
        return s.toString();
    }

    private static String row(String name, LoadResult r) {
        Map<Integer, Long> other = new HashMap<>(r.statuses());
        other.remove(201);
        return String.format(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.2f | %d | %s |%n",
                name,
                r.perSecond(),
                r.percentileMillis(50),
                r.percentileMillis(99),
                r.ok(),
                other.isEmpty() ? "none" : other.toString());
    }

    // ---------------------------------------------------------------------------------------------------- draw

    private static String drawReport(
            EmbeddedPostgresEngine postgres,
            EmbeddedKafkaEngine kafka,
            PersonalDataCipher cipher,
            HttpClient http,
            String serviceBase,
            UUID userId,
            UUID storeId,
            int n)
            throws Exception {
        StringBuilder s = new StringBuilder("## Draw over " + String.format(Locale.ROOT, "%,d", n) + " entries\n\n");

        // 1. the domain alone: Efraimidis–Spirakis keys by HMAC-SHA256 over every entry, 100 winners
        long[] numbers = new long[n];
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            numbers[i] = i + 1;
            weights[i] = i % 10 == 0 ? 3 : 1;
        }
        EntryList entries = new EntryList(numbers, weights);
        MasterSeed master = MasterSeed.generate();
        List<Double> runs = new ArrayList<>();
        for (int k = 1; k <= 7; k++) {
            long t0 = System.nanoTime();
            WeightedDraw.draw(master.forDraw(k), entries, 100);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (k > 2) {
                runs.add(ms); // 2 warm-up runs
            }
        }
        runs.sort(null);
        long t0 = System.nanoTime();
        String hash = entries.hash();
        double hashMs = (System.nanoTime() - t0) / 1e6;
        s.append(String.format(
                Locale.ROOT,
                "- Domain (`WeightedDraw.draw`, 100 winners, 10%% weighted 3, both cores): median **%.0f ms**, min %.0f ms,"
                        + " max %.0f ms over %d runs; the entry-list hash (SHA-256 of %,d bytes): %.0f ms.%n",
                runs.get(runs.size() / 2),
                runs.getFirst(),
                runs.getLast(),
                runs.size(),
                entries.canonicalText().length,
                hashMs));

        // 2. the real service: 1 000 000 encrypted entries of an ended event, then POST /draws
        LocalDate today = LocalDate.now(SEOUL);
        UUID eventId = publish(kafka, userId, storeId, today.minusDays(10), today.minusDays(1));
        waitForEvent(postgres, eventId);
        long seedStart = System.nanoTime();
        copyParticipants(postgres, cipher, eventId, storeId, n);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            loads.add(eligibleLoadMillis(postgres, eventId));
        }
        loads.sort(null);
        s.append(String.format(
                Locale.ROOT,
                "- Database load of the eligible list (the draw's `SELECT entry_number, store_visited … ORDER BY"
                        + " entry_number`, JDBC, fetch size 10 000): median **%.0f ms** of 3.%n",
                loads.get(1)));

        String token = TestTokens.shared().issue(userId, storeId);
        List<Double> wholeDraws = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long d0 = System.nanoTime();
            HttpResponse<String> drawn = http.send(
                    HttpRequest.newBuilder(URI.create(serviceBase + "/api/v1/events/" + eventId + "/draws"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofMinutes(2))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"winnerCount\":100,\"storeVisitWeight\":3,\"excludePreviousWinners\":false}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - d0) / 1e6;
            if (drawn.statusCode() != 201) {
                throw new IllegalStateException("draw failed: " + drawn.statusCode() + " " + drawn.body());
            }
            wholeDraws.add(ms);
            // verify it as a third party would
            var result = JSON.readTree(drawn.body());
            MasterSeed revealed = MasterSeed.ofHex(result.path("masterSeed").asString());
            if (!revealed.commitment().equals(result.path("seedCommitment").asString())) {
                throw new IllegalStateException("commitment mismatch");
            }
        }
        s.append(String.format(
                Locale.ROOT,
                "- Whole `POST /api/v1/events/{id}/draws` on the service (load, draw, freeze and store the gzipped"
                        + " entry list, decrypt 100 winners, outbox WinnersDrawn): %s ms (draws 1–3; the first"
                        + " includes JIT warm-up of the path).%n",
                wholeDraws.stream()
                        .map(d -> String.format(Locale.ROOT, "**%.0f**", d))
                        .toList()));
        s.append(String.format(
                Locale.ROOT,
                "- (Seeding %,d encrypted participants by COPY took %.1f s; not part of the draw.)%n",
                n,
                seedSeconds));
        return s.toString();
    }

    private static void copyParticipants(
            EmbeddedPostgresEngine postgres, PersonalDataCipher cipher, UUID eventId, UUID storeId, int n)
            throws Exception {
        try (Connection c = connect(postgres, DATABASE)) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            int batch = 50_000;
            for (int from = 0; from < n; from += batch) {
                StringBuilder rows = new StringBuilder(batch * 200);
                for (int i = from; i < Math.min(n, from + batch); i++) {
                    String digits = phone(i + 1_000_000L);
                    rows.append(UUID.randomUUID())
                            .append('\t')
                            .append(eventId)
                            .append('\t')
                            .append(storeId)
                            .append('\t')
                            .append(i + 1)
                            .append('\t')
                            .append("INSTAGRAM\t")
                            .append(cipher.encrypt("참여자", "participants.name"))
                            .append('\t')
                            .append("참*자\t")
                            .append(cipher.encrypt(digits, "participants.phone"))
                            .append('\t')
                            .append(cipher.blindIndex(digits, "phone"))
                            .append('\t')
                            .append("010-****-")
                            .append(digits.substring(7))
                            .append('\t')
                            .append("2026-01\t2026-01-01 00:00:00\tf\t")
                            .append(i % 10 == 0 ? "t" : "f")
                            .append('\t')
                            .append("2026-01-01 00:00:00\n");
                }
                copy.copyIn(
                        "COPY participants (participant_id, event_id, store_id, entry_number, channel, name_cipher,"
                                + " name_masked, phone_cipher, phone_index, phone_masked, privacy_consent_version,"
                                + " privacy_consented_at, marketing_consent, store_visited, created_at) FROM STDIN",
                        new StringReader(rows.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE participants");
            }
        }
    }

    private static double eligibleLoadMillis(EmbeddedPostgresEngine postgres, UUID eventId) throws Exception {
        try (Connection c = connect(postgres, DATABASE)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT p.entry_number, p.store_visited FROM participants p
                    WHERE p.event_id = ? AND p.phone_cipher IS NOT NULL
                    ORDER BY p.entry_number""")) {
                p.setFetchSize(10_000);
                p.setObject(1, eventId);
                long rows = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getBoolean(2);
                        rows++;
                    }
                }
                if (rows == 0) {
                    throw new IllegalStateException("no rows");
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            c.commit();
            return ms;
        }
    }

    // ---------------------------------------------------------------------------------------------------- support

    private static UUID publish(EmbeddedKafkaEngine kafka, UUID userId, UUID storeId, LocalDate start, LocalDate end)
            throws Exception {
        EventPublished event = EventPublished.of(
                UUID.randomUUID(),
                userId,
                new StoreSnapshot(storeId, "카페 봄", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8000),
                "봄맞이 아메리카노 추첨",
                "참여하신 분 중 추첨으로 아메리카노를 드립니다.",
                Objective.NEW_CUSTOMERS,
                start,
                end,
                List.of(),
                null,
                null,
                null);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(event.topic(), event.key(), JSON.writeValueAsBytes(event));
            CloudEventHeaders.of(event, "/event-service")
                    .forEach((name, value) ->
                            record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
        return event.eventId();
    }

    private static void waitUntilOpen(HttpClient http, String base, UUID eventId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> view = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/public/events/" + eventId))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (view.statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("event " + eventId + " never opened through the edge");
    }

    private static void waitForEvent(EmbeddedPostgresEngine postgres, UUID eventId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (count(
                            postgres,
                            DATABASE,
                            "SELECT count(*) FROM events WHERE published AND event_id = '" + eventId + "'")
                    == 1) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("event " + eventId + " never arrived");
    }

    private static long count(EmbeddedPostgresEngine postgres, String database, String sql) throws Exception {
        try (Connection c = connect(postgres, database);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(EmbeddedPostgresEngine postgres, String database) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }

    /** A Spring Boot exec jar in its own JVM, healthy before it is used. */
    static final class ChildJvm implements AutoCloseable {

        private final Process process;

        long pid() {
            return process.pid();
        }

        private ChildJvm(Process process) {
            this.process = process;
        }

        static ChildJvm start(String name, Path jar, String heap, List<String> args, Path work, int port)
                throws Exception {
            Path log = work.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-XX:+UseSerialGC"));
            // e.g. BENCH_SERVICE_JVM_ARGS="-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=…"
            String extra =
                    System.getenv().getOrDefault("BENCH_SERVICE_JVM_ARGS", "").strip();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toString(), "--logging.level.root=WARN"));
            command.addAll(args);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ChildJvm child = new ChildJvm(process);
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited: " + tail(log));
                }
                try {
                    var health = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200) {
                        System.out.println(name + " up on port " + port);
                        return child;
                    }
                } catch (IOException starting) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    child.close();
                    throw new IllegalStateException(name + " not healthy in time: " + tail(log));
                }
                Thread.sleep(250);
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files only
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
