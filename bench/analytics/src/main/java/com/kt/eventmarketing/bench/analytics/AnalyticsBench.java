package com.kt.eventmarketing.bench.analytics;

import com.kt.eventmarketing.analytics.AnalyticsServiceApplication;
import com.kt.eventmarketing.analytics.dashboard.Dashboards;
import com.kt.eventmarketing.analytics.dashboard.EventDashboard.Granularity;
import com.kt.eventmarketing.common.embedded.EmbeddedKafkaEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedPostgresEngine;
import com.kt.eventmarketing.common.embedded.EmbeddedRedisEngine;
import com.kt.eventmarketing.common.messaging.CloudEventHeaders;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.common.testing.TestTokens;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics service's two performance promises, each beside a baseline measured in the same run:
 *
 * <ol>
 *   <li><b>Dashboard latency</b> of an event with 1 000 000 participants (target p99 &lt; 20 ms):
 *       {@code GET /api/v1/analytics/events/{id}/dashboard} by N closed-loop clients, idle and while the
 *       projections ingest entries; baseline: the owner summary of an owner without events (same stack —
 *       JWT, denylist, MVC, JSON, one database round trip — reading nothing);
 *   <li><b>Projection throughput</b> (messages/s) through the real listeners, inbox and read models on the
 *       embedded broker: entries, views, and both at once; baseline: one-row commits into the inbox table
 *       from one thread (every message costs at least that commit).
 * </ol>
 *
 * The 1 000 000 participants are written straight into the read models with SQL (participant rows and
 * the counters, buckets and channel rows they add up to; plus as many inbox rows), since replaying
 * them through Kafka would take the better part of an hour on this machine; the throughput part then
 * runs messages through the listeners on top of them.
 */
public final class AnalyticsBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DATABASE = "analytics_service";
    private static final Instant OPENED = Instant.parse("2026-11-02T00:00:00Z");
    private static final EntryChannel[] CHANNELS = {
        EntryChannel.INSTAGRAM, EntryChannel.KAKAO_CHANNEL, EntryChannel.STORE, EntryChannel.DIRECT, EntryChannel.SMS
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
        int participants = Integer.parseInt(options.getOrDefault("participants", "1000000"));
        int messages = Integer.parseInt(options.getOrDefault("messages", "60000"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "1"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "15")));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "20")));
        Path out = Path.of(options.getOrDefault("out", "bench/analytics/results.md"));
        List<String> lines = new ArrayList<>();
        lines.add("# Analytics service benchmark");
        lines.add("");
        lines.add("Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors()
                + " CPU(s), load average before start " + loadAverage() + "; bench/analytics/run.sh "
                + String.join(
                        " ",
                        options.entrySet().stream()
                                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                                .toList()));
        lines.add(
                "Embedded PostgreSQL 17 (fsync and synchronous commit on, as in production: a data directory under /tmp), Redis and Kafka (3 partitions per topic); the service runs in the"
                        + " bench JVM (-Xmx1g), listener concurrency " + concurrency + ".");
        lines.add("");

        // a data directory makes the engine crash-safe (fsync on); without one it runs with fsync off
        Path data = Files.createTempDirectory("kt-bench-analytics-pg-");
        try (EmbeddedPostgresEngine postgres = EmbeddedPostgresEngine.start(data, 0);
                EmbeddedRedisEngine redis = EmbeddedRedisEngine.start(null, 0);
                EmbeddedKafkaEngine kafka = EmbeddedKafkaEngine.start(null, 0)) {
            postgres.createDatabaseIfMissing(DATABASE);
            ConfigurableApplicationContext service = new SpringApplicationBuilder(AnalyticsServiceApplication.class)
                    .properties("spring.config.name=" + AnalyticsServiceApplication.CONFIG_NAME)
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                            "--spring.datasource.username=" + postgres.username(),
                            "--spring.datasource.password=" + postgres.password(),
                            "--spring.data.redis.host=localhost",
                            "--spring.data.redis.port=" + redis.port(),
                            "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                            "--kt.security.jwk-set-uri=" + TestTokens.shared().jwkSetUri(),
                            "--kt.analytics.listener-concurrency=" + concurrency);
            try (service;
                    KafkaProducer<String, byte[]> producer = producer(kafka.bootstrapServers())) {
                int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
                JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
                String base = "http://localhost:" + port;
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();

                // the big event: published through Kafka like any other, its million entries seeded in SQL
                UUID userId = UUID.randomUUID();
                UUID storeId = UUID.randomUUID();
                UUID bigEvent = UUID.randomUUID();
                send(producer, published(bigEvent, userId, storeId));
                producer.flush();
                awaitCount(
                        jdbc,
                        "SELECT count(*) FROM event_stats WHERE event_id = ? AND published_at IS NOT NULL",
                        1,
                        bigEvent);
                long seedStart = System.nanoTime();
                seed(jdbc, bigEvent, storeId, participants);
                System.out.printf("seeded %,d participants in %.1f s%n", participants, seconds(seedStart));
                String token = TestTokens.shared().issue(userId, storeId);
                String emptyOwner = TestTokens.shared().issue(UUID.randomUUID(), UUID.randomUUID());
                Supplier<HttpRequest> dashboard =
                        () -> get(base + "/api/v1/analytics/events/" + bigEvent + "/dashboard", token);
                Supplier<HttpRequest> baseline = () -> get(base + "/api/v1/analytics/users/me/summary", emptyOwner);
                String body = http.send(dashboard.get(), HttpResponse.BodyHandlers.ofString())
                        .body();
                System.out.println("dashboard: " + body.substring(0, Math.min(400, body.length())) + " …");

                lines.add("## Dashboard latency, event with " + String.format("%,d", participants) + " participants");
                lines.add("");
                lines.add(clients + " closed-loop clients unless said otherwise, " + warmup.toSeconds() + " s warm-up, "
                        + duration.toSeconds()
                        + " s measured per row; dashboard body " + body.length() + " bytes (summary, "
                        + "channels, 14 daily buckets).");
                lines.add("");
                lines.add("| request | while | requests/s | p50 ms | p99 ms | max ms | errors |");
                lines.add("|---|---|---:|---:|---:|---:|---:|");
                Load.run(http, () -> Math.random() < 0.5 ? dashboard.get() : baseline.get(), clients, warmup);
                lines.add(row(
                        "owner summary, no events (baseline)",
                        "idle, 1 client",
                        Load.run(http, baseline, 1, duration)));
                lines.add(row("event dashboard", "idle, 1 client", Load.run(http, dashboard, 1, duration)));
                lines.add(row(
                        "owner summary, no events (baseline)", "idle", Load.run(http, baseline, clients, duration)));
                lines.add(row("event dashboard", "idle", Load.run(http, dashboard, clients, duration)));
                lines.add(row(
                        "event dashboard, hourly timeline (336 buckets)",
                        "idle",
                        Load.run(
                                http,
                                () -> get(
                                        base + "/api/v1/analytics/events/" + bigEvent + "/dashboard?granularity=HOUR",
                                        token),
                                clients,
                                duration)));
                // the service's own work, without HTTP, JWT and JSON: what the 1 000 000 participants could cost
                Dashboards dashboards = service.getBean(Dashboards.class);
                CurrentOwner ownerOfBig = new CurrentOwner(userId, storeId);
                CurrentOwner ownerOfNothing = new CurrentOwner(UUID.randomUUID(), UUID.randomUUID());
                inProcess(() -> dashboards.dashboard(bigEvent, ownerOfBig, Granularity.DAY), 2_000);
                lines.add(row(
                        "in process: Dashboards.summary, no events (baseline)",
                        "idle, 1 thread",
                        inProcess(() -> dashboards.summary(ownerOfNothing), 3_000)));
                lines.add(row(
                        "in process: Dashboards.dashboard (days)",
                        "idle, 1 thread",
                        inProcess(() -> dashboards.dashboard(bigEvent, ownerOfBig, Granularity.DAY), 3_000)));
                lines.add(row(
                        "in process: Dashboards.dashboard (hours)",
                        "idle, 1 thread",
                        inProcess(() -> dashboards.dashboard(bigEvent, ownerOfBig, Granularity.HOUR), 3_000)));
                // the same read while entries stream into the big event
                long before = count(jdbc, bigEvent);
                Thread ingest =
                        Thread.ofPlatform().start(() -> produce(producer, messages, i -> entry(bigEvent, storeId, i)));
                lines.add(row(
                        "baseline",
                        "ingesting entries",
                        Load.run(http, baseline, clients, Duration.ofSeconds(Math.max(5, duration.toSeconds() / 2)))));
                lines.add(row("event dashboard", "ingesting entries", Load.run(http, dashboard, clients, duration)));
                ingest.join();
                awaitCount(
                        jdbc, "SELECT participants FROM event_stats WHERE event_id = ?", before + messages, bigEvent);
                lines.add("");

                // projection throughput on top of the big tables
                lines.add("## Projection throughput (messages through listener → inbox → read models)");
                lines.add("");
                lines.add("| workload | messages | messages/s |");
                lines.add("|---|---:|---:|");
                lines.add("| baseline: one-row commits into the inbox table, 1 thread | "
                        + String.format("%,d", 10_000) + " | " + String.format("%,.0f", baselineCommits(jdbc, 10_000))
                        + " |");
                UUID entriesEvent = publishedEvent(producer, jdbc, storeId, userId);
                lines.add(throughput(
                        jdbc,
                        "entries (ParticipantRegistered)",
                        messages,
                        () -> produce(producer, messages, i -> entry(entriesEvent, storeId, i)),
                        "SELECT participants FROM event_stats WHERE event_id = ?",
                        entriesEvent));
                UUID viewsEvent = publishedEvent(producer, jdbc, storeId, userId);
                lines.add(throughput(
                        jdbc,
                        "views (EventViewed)",
                        messages,
                        () -> produce(producer, messages, i -> view(viewsEvent, storeId, i)),
                        "SELECT views FROM event_stats WHERE event_id = ?",
                        viewsEvent));
                UUID mixedEvent = publishedEvent(producer, jdbc, storeId, userId);
                lines.add(throughput(
                        jdbc,
                        "entries and views at once (two topics, half each)",
                        messages,
                        () -> produce(
                                producer,
                                messages,
                                i -> i % 2 == 0 ? entry(mixedEvent, storeId, i) : view(mixedEvent, storeId, i)),
                        "SELECT participants + views FROM event_stats WHERE event_id = ?",
                        mixedEvent));
                lines.add("");
                lines.add("Table sizes at the end: " + jdbc.queryForObject("""
                        SELECT string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)), ', ' ORDER BY relname)
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = current_schema() AND c.relkind = 'r'
                          AND relname IN ('participants', 'processed_messages', 'event_stats', 'channel_stats', 'timeline_buckets')""", String.class) + ".");
            }
        }
        deleteQuietly(data);
        String report = String.join("\n", lines) + "\n";
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("written to " + out);
    }

    /**
     * A million participants of one event over its 14 days, and the counters the projections would have
     * built from them: channel rows and hour buckets are aggregated from the participant rows, so the
     * figures are consistent. Views are 2.5 per participant.
     */
    static void seed(JdbcTemplate jdbc, UUID eventId, UUID storeId, int participants) {
        jdbc.update("""
                INSERT INTO participants (event_id, participant_id, channel, registered, registered_at, marketing_consent,
                                          visited, visit_as_of)
                SELECT ?, gen_random_uuid(), (ARRAY['INSTAGRAM','KAKAO_CHANNEL','STORE','DIRECT','SMS'])[1 + i % 5], true,
                       ?::timestamptz + make_interval(secs => (i * 1209600.0 / ?)::float8), i % 2 = 0, i % 10 = 0,
                       CASE WHEN i % 10 = 0 THEN ?::timestamptz + interval '15 days' END
                FROM generate_series(1, ?) AS i""", eventId, OPENED.toString(), participants, OPENED.toString(), participants);
        jdbc.update("""
                INSERT INTO processed_messages (consumer, message_id, topic, processed_at)
                SELECT 'analytics-service', gen_random_uuid(), 'participation.participant-registered.v1', now()
                FROM generate_series(1, ?)""", participants);
        jdbc.update("""
                INSERT INTO channel_stats (event_id, channel, views, participants, store_visits)
                SELECT event_id, channel, count(*) * 5 / 2, count(*), count(*) FILTER (WHERE visited)
                FROM participants WHERE event_id = ? GROUP BY event_id, channel
                ON CONFLICT (event_id, channel) DO UPDATE SET views = excluded.views,
                    participants = excluded.participants, store_visits = excluded.store_visits""", eventId);
        jdbc.update("""
                INSERT INTO timeline_buckets (event_id, bucket_start, views, participants)
                SELECT event_id, date_trunc('hour', registered_at), count(*) * 5 / 2, count(*)
                FROM participants WHERE event_id = ? GROUP BY event_id, date_trunc('hour', registered_at)""", eventId);
        jdbc.update("""
                UPDATE event_stats e SET participants = p.participants, store_visits = p.visits, views = p.participants * 5 / 2,
                                         marketing_consents = p.consents, version = version + 1
                FROM (SELECT count(*) AS participants, count(*) FILTER (WHERE visited) AS visits,
                             count(*) FILTER (WHERE marketing_consent) AS consents
                      FROM participants WHERE event_id = ?) p
                WHERE e.event_id = ?""", eventId, eventId);
        jdbc.execute("VACUUM ANALYZE participants");
        jdbc.execute("VACUUM ANALYZE processed_messages");
        jdbc.execute("ANALYZE");
    }

    private static String throughput(
            JdbcTemplate jdbc, String workload, int messages, Runnable production, String countSql, UUID eventId)
            throws InterruptedException {
        Thread producing = Thread.ofPlatform().start(production);
        // from the first counted message to the last: the producer outruns the consumer by far
        long start = 0;
        long first = 0;
        while (true) {
            long counted = jdbc.queryForObject(countSql, Long.class, eventId);
            if (start == 0 && counted > 0) {
                start = System.nanoTime();
                first = counted;
            }
            if (counted >= messages) {
                break;
            }
            Thread.sleep(20);
        }
        producing.join();
        double rate = (messages - first) / seconds(start);
        System.out.printf("%s: %,.0f messages/s%n", workload, rate);
        return "| " + workload + " | " + String.format("%,d", messages) + " | " + String.format("%,.0f", rate) + " |";
    }

    private static double baselineCommits(JdbcTemplate jdbc, int commits) {
        String sql = "INSERT INTO processed_messages (consumer, message_id, topic, processed_at)"
                + " VALUES ('bench-baseline', ?, 'baseline', now()) ON CONFLICT DO NOTHING";
        for (int i = 0; i < 500; i++) {
            jdbc.update(sql, UUID.randomUUID());
        }
        long start = System.nanoTime();
        for (int i = 0; i < commits; i++) {
            jdbc.update(sql, UUID.randomUUID());
        }
        double rate = commits / seconds(start);
        jdbc.update("DELETE FROM processed_messages WHERE consumer = 'bench-baseline'");
        System.out.printf("baseline: %,.0f one-row commits/s%n", rate);
        return rate;
    }

    private static UUID publishedEvent(
            KafkaProducer<String, byte[]> producer, JdbcTemplate jdbc, UUID storeId, UUID userId)
            throws InterruptedException {
        UUID eventId = UUID.randomUUID();
        send(producer, published(eventId, userId, storeId));
        producer.flush();
        awaitCount(
                jdbc, "SELECT count(*) FROM event_stats WHERE event_id = ? AND published_at IS NOT NULL", 1, eventId);
        return eventId;
    }

    private static void produce(
            KafkaProducer<String, byte[]> producer, int messages, IntFunction<IntegrationEvent> message) {
        for (int i = 0; i < messages; i++) {
            send(producer, message.apply(i));
        }
        producer.flush();
    }

    private static ParticipantRegistered entry(UUID eventId, UUID storeId, int i) {
        return ParticipantRegistered.of(
                UUID.randomUUID(),
                eventId,
                storeId,
                i + 1,
                CHANNELS[i % CHANNELS.length],
                i % 2 == 0,
                OPENED.plusSeconds(i));
    }

    private static EventViewed view(UUID eventId, UUID storeId, int i) {
        return new EventViewed(
                UUID.randomUUID(), OPENED.plusSeconds(i), eventId, storeId, CHANNELS[i % CHANNELS.length]);
    }

    private static EventPublished published(UUID eventId, UUID userId, UUID storeId) {
        EventPlan plan = new EventPlan(
                BudgetLevel.HIGH,
                "겨울 대축제",
                "참여하면 추첨",
                PromotionType.DRAW,
                "모두",
                "케이크",
                500_000,
                "QR 응모",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15),
                List.of(Channel.INSTAGRAM, Channel.KAKAO_CHANNEL, Channel.SMS),
                900_000,
                9_000_000,
                40_000_000,
                3.4,
                "bench");
        return EventPublished.of(
                eventId,
                userId,
                new StoreSnapshot(storeId, "카페 봄", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8_000),
                "겨울 대축제",
                "참여하면 추첨",
                Objective.NEW_CUSTOMERS,
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15),
                List.of(Channel.INSTAGRAM, Channel.KAKAO_CHANNEL, Channel.SMS),
                null,
                null,
                plan);
    }

    private static void send(KafkaProducer<String, byte[]> producer, IntegrationEvent event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(event.topic(), event.key(), JSON.writeValueAsBytes(event));
        CloudEventHeaders.of(event, "bench")
                .forEach((name, value) ->
                        record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static long count(JdbcTemplate jdbc, UUID eventId) {
        return jdbc.queryForObject("SELECT participants FROM event_stats WHERE event_id = ?", Long.class, eventId);
    }

    private static void awaitCount(JdbcTemplate jdbc, String sql, long expected, UUID eventId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Long> counts = jdbc.queryForList(sql, Long.class, eventId);
            if (!counts.isEmpty() && counts.getFirst() >= expected) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Timed out waiting for " + sql + " to reach " + expected);
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    private static String row(String request, String condition, Load.Result result) {
        System.out.printf(
                "%-50s %-18s %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  errors %d%n",
                request,
                condition,
                result.perSecond(),
                result.percentile(50),
                result.percentile(99),
                result.max(),
                result.errors());
        return String.format(
                "| %s | %s | %,.0f | %.2f | %.2f | %.2f | %d |",
                request,
                condition,
                result.perSecond(),
                result.percentile(50),
                result.percentile(99),
                result.max(),
                result.errors());
    }

    private static Load.Result inProcess(Runnable call, int calls) {
        long[] nanos = new long[calls];
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        return new Load.Result(nanos, 0, seconds);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (Exception e) {
            System.out.println("could not delete " + dir + ": " + e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .forEach(arg -> options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1)));
        return options;
    }

    /** Closed-loop clients on virtual threads; latencies of every request. */
    static final class Load {

        record Result(long[] nanos, long errors, double seconds) {

            double perSecond() {
                return nanos.length / seconds;
            }

            double percentile(double p) {
                if (nanos.length == 0) {
                    return Double.NaN;
                }
                int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
                return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
            }

            double max() {
                return nanos.length == 0 ? Double.NaN : nanos[nanos.length - 1] / 1e6;
            }
        }

        static Result run(HttpClient http, Supplier<HttpRequest> requests, int clients, Duration duration)
                throws InterruptedException {
            long end = System.nanoTime() + duration.toNanos();
            List<long[]> perClient = new ArrayList<>();
            AtomicLong errors = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long[] latencies = new long[500_000];
                perClient.add(latencies);
                counts.add(0);
                int client = c;
                threads.add(Thread.ofVirtual().start(() -> {
                    int n = 0;
                    while (System.nanoTime() < end && n < latencies.length) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response =
                                    http.send(requests.get(), HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            continue;
                        }
                        latencies[n++] = System.nanoTime() - start;
                    }
                    synchronized (counts) {
                        counts.set(client, n);
                    }
                }));
            }
            long started = System.nanoTime();
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            long[] all = new long[total];
            int at = 0;
            for (int c = 0; c < clients; c++) {
                System.arraycopy(perClient.get(c), 0, all, at, counts.get(c));
                at += counts.get(c);
            }
            Arrays.sort(all);
            return new Result(all, errors.get(), seconds);
        }
    }
}
