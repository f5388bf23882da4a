package com.kt.eventmarketing.bench.event;

import com.kt.eventmarketing.common.embedded.EmbeddedKafkaEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedPostgresEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedRedisEngine;
import com.kt.eventmarketing.common.testing.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Event list and get under load with 10 000 events of one store in the database, with the Redis draft cache off (the
 * baseline) and on, in the same run.
 *
 * <p>Starts an embedded PostgreSQL, Redis and Kafka and a JWKS for tokens in this JVM, seeds the events straight into
 * the event service's tables, then for each mode starts the event service in a child JVM ({@code
 * --kt.event.draft-cache.enabled=false|true}) and drives it with N concurrent clients (virtual threads, java.net.http):
 * {@code GET /api/v1/events/{id}} of drafts (the cached read) and {@code GET /api/v1/events?page=&size=20} (never
 * cached), each after a warm-up.
 *
 * <pre>java -cp ... com.kt.eventmarketing.bench.event.EventReadBench --events=10000 --clients=16 --duration=15</pre>
 */
public final class EventReadBench {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final String DATABASE = "event_service";
    private static final String[] OBJECTIVES = {"NEW_CUSTOMERS", "REVISIT", "SALES", "AWARENESS"};
    private static final String[] CHANNELS = {
        "[\"INSTAGRAM\",\"SMS\"]", "[\"KAKAO_CHANNEL\"]", "[\"URIDONGNE_TV\",\"RINGO_BIZ\",\"NAVER_BLOG\"]"
    };

    public static void main(String[] args) {
        int status = 0;
        try {
            run(options(args));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // the JWKS server of TestTokens runs on a non-daemon thread
        System.exit(status);
    }

    static void run(Map<String, String> options) throws Exception {
        int events = Integer.parseInt(options.getOrDefault("events", "10000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "1"));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "20")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "30")));
        int readPool = Integer.parseInt(options.getOrDefault("read-pool", "1000"));
        Path out = Path.of(options.getOrDefault("out", "bench/event/results.md"));
        Path work = Files.createTempDirectory("kt-bench-event-");

        System.out.printf(
                "event read bench: %d events, %d clients, %d round(s), warm-up %d s, %d s measured%n",
                events, clients, rounds, warmup.toSeconds(), duration.toSeconds());
        try (EmbeddedPostgresEngine postgres = EmbeddedPostgresEngine.start(null, 0);
                EmbeddedRedisEngine redis = EmbeddedRedisEngine.start(null, 0);
                EmbeddedKafkaEngine kafka = EmbeddedKafkaEngine.start(null, 0)) {
            postgres.createDatabaseIfMissing(DATABASE);
            CpuMeter postgresCpu = CpuMeter.processTree("PostgreSQL", postmasterPid(postgres));
            CpuMeter redisCpu = CpuMeter.commandLine("Redis", "redis-server", "127.0.0.1:" + redis.port());
            UUID userId = UUID.randomUUID();
            UUID storeId = UUID.randomUUID();
            Engines engines = new Engines(postgres, redis, kafka);

            List<Result> results = new ArrayList<>();
            List<UUID> drafts = null;
            for (int round = 1; round <= rounds; round++) {
                // alternate the order of the modes from round to round: whichever runs second meets a warmer machine
                boolean[] modes = round % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false};
                for (boolean cache : modes) {
                    try (ServiceProcess service = ServiceProcess.start(engines, cache, work)) {
                        if (drafts == null) {
                            drafts = seed(postgres, userId, storeId, events, readPool);
                        }
                        var http = HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(5))
                                .build();
                        String token = TestTokens.shared().issue(userId, storeId);
                        List<UUID> pool = drafts;
                        Supplier<HttpRequest> getOne = () -> get(
                                service.base(),
                                "/api/v1/events/"
                                        + pool.get(ThreadLocalRandom.current().nextInt(pool.size())),
                                token);
                        Supplier<HttpRequest> getList = () -> get(
                                service.base(),
                                "/api/v1/events?size=20&page="
                                        + ThreadLocalRandom.current().nextInt(50),
                                token);
                        // warm-up of the JIT, pools and (cache on) the cache: both endpoints mixed, before any row
                        load(
                                http,
                                () -> ThreadLocalRandom.current().nextBoolean() ? getOne.get() : getList.get(),
                                clients,
                                warmup);
                        for (var endpoint : List.of(
                                new Endpoint("GET /api/v1/events/{id} (draft)", getOne),
                                new Endpoint("GET /api/v1/events?page=0..49&size=20", getList))) {
                            load(http, endpoint.requests(), clients, Duration.ofSeconds(3));
                            String loadAverage = loadAverage();
                            List<CpuMeter> meters = List.of(
                                    CpuMeter.processTree("event service", service.pid()), postgresCpu, redisCpu);
                            List<Double> before = CpuMeter.read(meters);
                            LoadResult measured = load(http, endpoint.requests(), clients, duration);
                            List<Double> after = CpuMeter.read(meters);
                            long served = measured.requests() - measured.errors();
                            double[] cpu = new double[meters.size()];
                            for (int i = 0; i < meters.size(); i++) {
                                cpu[i] = (after.get(i) - before.get(i)) * 1000 / Math.max(1, served);
                            }
                            results.add(new Result(round, endpoint.name(), cache, measured, cpu, loadAverage));
                            System.out.printf(
                                    "round %d, cache %-3s %-40s %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d"
                                            + "  CPU/request: service %.3f ms, PostgreSQL %.3f ms, Redis %.3f ms%n",
                                    round,
                                    cache ? "on" : "off",
                                    endpoint.name(),
                                    measured.perSecond(),
                                    measured.percentileMillis(50),
                                    measured.percentileMillis(99),
                                    measured.errors(),
                                    cpu[0],
                                    cpu[1],
                                    cpu[2]);
                        }
                    }
                }
            }
            String report = report(events, clients, duration, warmup, readPool, results);
            System.out.println(report);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        } finally {
            deleteQuietly(work);
        }
    }

    record Engines(EmbeddedPostgresEngine postgres, EmbeddedRedisEngine redis, EmbeddedKafkaEngine kafka) {}

    record Endpoint(String name, Supplier<HttpRequest> requests) {}

    /** @param cpuMillisPerRequest CPU per served request of the event service, PostgreSQL and Redis */
    record Result(
            int round,
            String endpoint,
            boolean cache,
            LoadResult load,
            double[] cpuMillisPerRequest,
            String loadAverage) {

        double serverCpuMillis() {
            return Arrays.stream(cpuMillisPerRequest).sum();
        }
    }

    /** The event service in its own JVM, as in production: the client's work does not share its heap or GC. */
    static final class ServiceProcess implements AutoCloseable {

        private final Process process;
        private final int port;

        private ServiceProcess(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static ServiceProcess start(Engines engines, boolean cache, Path work) throws Exception {
            int port = freePort();
            Path log = work.resolve("event-service-cache-" + (cache ? "on" : "off") + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    // e.g. -XX:StartFlightRecording=… to profile the service
                    System.getenv().getOrDefault("BENCH_SERVICE_JVM_ARGS", "-Dbench=true"),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "com.kt.eventmarketing.event.EventServiceApplication",
                    "--server.port=" + port,
                    "--spring.datasource.url=" + engines.postgres().jdbcUrl(DATABASE),
                    "--spring.datasource.username=" + engines.postgres().username(),
                    "--spring.datasource.password=" + engines.postgres().password(),
                    "--spring.data.redis.host=localhost",
                    "--spring.data.redis.port=" + engines.redis().port(),
                    "--spring.kafka.bootstrap-servers=" + engines.kafka().bootstrapServers(),
                    "--kt.security.jwk-set-uri=" + TestTokens.shared().jwkSetUri(),
                    "--kt.event.draft-cache.enabled=" + cache,
                    "--kt.event.auto-end.initial-delay=1h"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ServiceProcess service = new ServiceProcess(process, port);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            var http = HttpClient.newHttpClient();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("event service exited: " + tail(log));
                }
                try {
                    var health = http.send(
                            HttpRequest.newBuilder(URI.create(service.base() + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                        return service;
                    }
                } catch (IOException starting) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    service.close();
                    throw new IllegalStateException("event service not healthy in time: " + tail(log));
                }
                Thread.sleep(250);
            }
        }

        String base() {
            return "http://localhost:" + port;
        }

        long pid() {
            return process.pid();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy(); // SIGTERM: graceful shutdown
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** 10 000 events of one store, newest first over the last year; returns drafts to read (the cached kind). */
    static List<UUID> seed(EmbeddedPostgresEngine postgres, UUID userId, UUID storeId, int events, int readPool)
            throws SQLException {
        Random random = new Random(42);
        List<UUID> drafts = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(SEOUL);
        try (Connection connection = DriverManager.getConnection(
                withParameter(postgres.jdbcUrl(DATABASE), "reWriteBatchedInserts=true"),
                postgres.username(),
                postgres.password())) {
            connection.setAutoCommit(false);
            try (PreparedStatement store = connection.prepareStatement("""
                    INSERT INTO stores (store_id, user_id, store_name, industry, address, region, district, average_spend,
                                        source_time, updated_at)
                    VALUES (?, ?, '카페 봄', 'CAFE', '서울특별시 마포구 양화로 45', '서울', '마포구', 8000, ?, ?)""")) {
                store.setObject(1, storeId);
                store.setObject(2, userId);
                store.setObject(3, now);
                store.setObject(4, now);
                store.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO events (event_id, user_id, store_id, event_name, description, objective, start_date,
                                        end_date, status, selected_image_id, selected_image_url, channels, created_at,
                                        updated_at, published_at, ended_at, end_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < events; i++) {
                    UUID eventId = new UUID(random.nextLong(), random.nextLong());
                    int roll = random.nextInt(100);
                    String status = roll < 70 ? "DRAFT" : roll < 90 ? "ENDED" : "PUBLISHED";
                    LocalDateTime created = now.minusMinutes((long) i * 50 + random.nextInt(50));
                    LocalDate start = created.toLocalDate().plusDays(1 + random.nextInt(7));
                    LocalDate end = start.plusDays(7 + random.nextInt(21));
                    if (status.equals("PUBLISHED") && end.isBefore(today)) {
                        status = "ENDED";
                    }
                    UUID image = status.equals("DRAFT") && random.nextBoolean() ? null : UUID.randomUUID();
                    int n = 1;
                    insert.setObject(n++, eventId);
                    insert.setObject(n++, userId);
                    insert.setObject(n++, storeId);
                    insert.setString(n++, "봄맞이 이벤트 #" + (events - i));
                    insert.setString(n++, "신메뉴 출시 기념, 방문 고객 누구나 참여하는 " + (events - i) + "번째 이벤트입니다.");
                    insert.setString(n++, OBJECTIVES[random.nextInt(OBJECTIVES.length)]);
                    insert.setObject(n++, start);
                    insert.setObject(n++, end);
                    insert.setString(n++, status);
                    insert.setObject(n++, image);
                    insert.setString(n++, image == null ? null : "/api/v1/content/images/" + image);
                    insert.setString(n++, CHANNELS[random.nextInt(CHANNELS.length)]);
                    insert.setObject(n++, created);
                    insert.setObject(n++, created.plusMinutes(5));
                    insert.setObject(n++, status.equals("DRAFT") ? null : created.plusMinutes(10));
                    insert.setObject(n++, status.equals("ENDED") ? created.plusDays(20) : null);
                    insert.setString(n, status.equals("ENDED") ? "END_DATE" : null);
                    insert.addBatch();
                    if (status.equals("DRAFT") && drafts.size() < readPool) {
                        drafts.add(eventId);
                    }
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            try (var analyze = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyze.execute("ANALYZE events");
            }
        }
        System.out.printf("seeded %d events (%d drafts to read)%n", events, drafts.size());
        return drafts;
    }

    record LoadResult(long requests, long errors, double seconds, long[] latenciesNanos, Map<String, Long> failures) {

        double perSecond() {
            return (requests - errors) / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.clamp(index, 0, latenciesNanos.length - 1)] / 1_000_000.0;
        }
    }

    static LoadResult load(HttpClient http, Supplier<HttpRequest> requests, int clients, Duration duration)
            throws InterruptedException {
        var errors = new LongAdder();
        var failures = new ConcurrentHashMap<String, Long>();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                long[] latencies = new long[4096];
                int count = 0;
                while (System.nanoTime() < deadline) {
                    HttpRequest request = requests.get();
                    long sent = System.nanoTime();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.increment();
                            failures.merge("HTTP " + response.statusCode(), 1L, Long::sum);
                            continue;
                        }
                    } catch (IOException e) {
                        errors.increment();
                        failures.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                        continue;
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - sent;
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(latencies, count));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadResult(all.length + errors.sum(), errors.sum(), seconds, all, Map.copyOf(failures));
    }

    private static HttpRequest get(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    static String report(
            int events, int clients, Duration duration, Duration warmup, int readPool, List<Result> results) {
        StringBuilder table = new StringBuilder();
        table.append("| round | endpoint | draft cache | requests/s | p50 | p99 | errors"
                + " | CPU ms/request: service · PostgreSQL · Redis · **total** | load avg before |\n");
        table.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Result result : results) {
            LoadResult load = result.load();
            double[] cpu = result.cpuMillisPerRequest();
            table.append("| %d | `%s` | %s | %.1f | %.2f ms | %.2f ms | %d%s | %.3f · %.3f · %.3f · **%.3f** | %s |\n"
                    .formatted(
                            result.round(),
                            result.endpoint(),
                            result.cache() ? "on" : "**off (baseline)**",
                            load.perSecond(),
                            load.percentileMillis(50),
                            load.percentileMillis(99),
                            load.errors(),
                            load.failures().isEmpty() ? "" : " " + load.failures(),
                            cpu[0],
                            cpu[1],
                            cpu[2],
                            result.serverCpuMillis(),
                            result.loadAverage()));
        }
        StringBuilder ratios = new StringBuilder();
        for (Result on : results) {
            if (!on.cache()) {
                continue;
            }
            results.stream()
                    .filter(off -> !off.cache()
                            && off.round() == on.round()
                            && off.endpoint().equals(on.endpoint()))
                    .findFirst()
                    .ifPresent(off -> ratios.append("| %d | `%s` | %.2f× | %.2f× | %.2f× | %.2f× | %.2f× |\n"
                            .formatted(
                                    on.round(),
                                    on.endpoint(),
                                    on.load().perSecond() / off.load().perSecond(),
                                    on.load().percentileMillis(50) / off.load().percentileMillis(50),
                                    on.load().percentileMillis(99) / off.load().percentileMillis(99),
                                    on.cpuMillisPerRequest()[1] / off.cpuMillisPerRequest()[1],
                                    on.serverCpuMillis() / off.serverCpuMillis())));
        }
        StringBuilder corrected = new StringBuilder();
        for (Result on : results) {
            if (!on.cache() || !on.endpoint().startsWith("GET /api/v1/events/{id}")) {
                continue;
            }
            double getRatio = ratio(results, on, Result::load, true);
            double listRatio = ratio(results, on, Result::load, false);
            corrected.append("| %d | %.2f× | %.2f× | **%.2f×** |\n"
                    .formatted(on.round(), getRatio, listRatio, getRatio / listRatio));
        }
        return """
                # Event service: list and get under load, draft cache off vs on

                %s · %d CPUs · Java %s · %d events of one store in PostgreSQL 17 (embedded) · %d concurrent clients \
                (virtual threads, HTTP/1.1 keep-alive) · %d s warm-up (both endpoints mixed) then %d s measured per row · the event service in \
                its own JVM (-Xmx512m, SerialGC), restarted per mode, modes alternating in order from round to round · GET one reads random drafts among %d

                %s
                Cache on ÷ cache off (same round; the baseline is the cache-off row of the same run):

                | round | endpoint | requests/s | p50 | p99 | PostgreSQL CPU/request | server CPU/request |
                |---|---|---|---|---|---|---|
                %s
                Requests/s of GET one corrected by the drift of the uncached list between the two services of the same
                round (cache on ÷ off for GET one, divided by the same for the list):

                | round | GET one on ÷ off | list on ÷ off (drift) | GET one corrected |
                |---|---|---|---|
                %s
                Client, service, PostgreSQL, Redis and Kafka share this machine's CPUs with whatever else runs on it;
                "load avg before" says how busy it was when each row started. Requests/s and latencies move with that
                load; CPU time per request (from /proc: the event service JVM, the PostgreSQL postmaster and its
                backends, redis-server) moves much less, since a busy neighbour mostly takes wall time, not CPU time.
                The list is never cached (PostgreSQL in both modes): its rows show how far the run-to-run noise goes.
                """.formatted(
                        OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        events,
                        clients,
                        warmup.toSeconds(),
                        duration.toSeconds(),
                        readPool,
                        table,
                        ratios,
                        corrected);
    }

    /** The PostgreSQL server process: first line of {@code postmaster.pid} in its data directory. */
    private static long postmasterPid(EmbeddedPostgresEngine postgres) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(
                        postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
                var rows = connection.createStatement().executeQuery("SHOW data_directory")) {
            rows.next();
            return Long.parseLong(Files.readAllLines(Path.of(rows.getString(1), "postmaster.pid"))
                    .getFirst()
                    .strip());
        }
    }

    private static String withParameter(String jdbcUrl, String parameter) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + parameter;
    }

    /** requests/s of the cache-on row ÷ the cache-off row of the same round, for GET one or the list. */
    private static double ratio(
            List<Result> results,
            Result anyOfRound,
            java.util.function.Function<Result, LoadResult> load,
            boolean getOne) {
        double on = Double.NaN;
        double off = Double.NaN;
        for (Result result : results) {
            if (result.round() == anyOfRound.round()
                    && result.endpoint().startsWith("GET /api/v1/events/{id}") == getOne) {
                if (result.cache()) {
                    on = load.apply(result).perSecond();
                } else {
                    off = load.apply(result).perSecond();
                }
            }
        }
        return on / off;
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
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

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
