package com.kt.eventmarketing.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Login throughput through the edge: registers one owner, then N concurrent clients (virtual threads) log in for D
 * seconds. The same run measures raw BCrypt (strength 10, what the user service checks a password with) on N threads
 * in this JVM: login throughput as a share of it shows what HTTP, the gateway, the database, Redis and the JWT add.
 *
 * <pre>java -cp ... com.kt.eventmarketing.bench.LoginLoad --url=http://localhost:8080 --clients=16 --duration=20</pre>
 */
public final class LoginLoad {

    private static final String PASSWORD = "Coffee!2026";

    public static void main(String[] args) throws Exception {
        var options = options(args);
        URI edge = URI.create(options.getOrDefault("url", "http://localhost:8080"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "20")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "5")));
        Path out = Path.of(options.getOrDefault("out", "bench/results/login.md"));

        var encoder = new BCryptPasswordEncoder(10); // fails fast on a broken classpath, before the load
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String email = register(http, edge);
        var login = HttpRequest.newBuilder(edge.resolve("/api/v1/users/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build();

        System.out.printf(
                "login load: %s, %d clients, warm-up %d s, %d s measured%n",
                edge, clients, warmup.toSeconds(), duration.toSeconds());
        loginLoad(http, login, clients, warmup); // warm-up: JIT, connection pools, caches
        var result = loginLoad(http, login, clients, duration);
        System.out.printf("bcrypt baseline: %d threads, %d s%n", clients, duration.toSeconds());
        double bcrypt = bcryptMatchesPerSecond(encoder, clients, duration);

        String report = report(edge, clients, duration, result, bcrypt);
        System.out.println(report);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println("written to " + out);
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

    static LoadResult loginLoad(HttpClient http, HttpRequest login, int clients, Duration duration)
            throws InterruptedException {
        var errors = new LongAdder();
        var failures = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        List<long[]> perClient = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int c = 0; c < clients; c++) {
            long[][] latencies = {new long[1024]};
            int[] count = {0};
            counts.add(count);
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    try {
                        var response = http.send(login, HttpResponse.BodyHandlers.ofString());
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
                    if (count[0] == latencies[0].length) {
                        latencies[0] = Arrays.copyOf(latencies[0], count[0] * 2);
                    }
                    latencies[0][count[0]++] = System.nanoTime() - sent;
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(latencies[0], count[0]));
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new LoadResult(all.length + errors.sum(), errors.sum(), seconds, all, Map.copyOf(failures));
    }

    static double bcryptMatchesPerSecond(BCryptPasswordEncoder encoder, int threads, Duration duration)
            throws InterruptedException {
        String hash = encoder.encode(PASSWORD);
        encoder.matches(PASSWORD, hash); // class loading
        var matches = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < deadline) {
                    if (!encoder.matches(PASSWORD, hash)) {
                        throw new IllegalStateException("bcrypt mismatch");
                    }
                    matches.increment();
                }
            }));
        }
        for (var worker : workers) {
            worker.join();
        }
        return matches.sum() / ((System.nanoTime() - start) / 1e9);
    }

    /** A fresh owner each run (a unique e-mail and a valid business number). */
    static String register(HttpClient http, URI edge) throws IOException, InterruptedException {
        var random = ThreadLocalRandom.current();
        String email = "bench-" + System.currentTimeMillis() + "-" + random.nextInt(1000) + "@example.com";
        String body = """
                {"name":"김사장","phoneNumber":"010-%04d-%04d","email":"%s","password":"%s","storeName":"카페 봄",\
                "industry":"CAFE","address":"서울특별시 마포구 양화로 45","businessNumber":"%s","averageSpend":8000}""".formatted(random.nextInt(10_000), random.nextInt(10_000), email, PASSWORD, businessNumber());
        var response = http.send(
                HttpRequest.newBuilder(edge.resolve("/api/v1/users/register"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.statusCode() + " " + response.body());
        }
        return email;
    }

    /** A random 사업자등록번호 with a correct check digit. */
    static String businessNumber() {
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int[] digits = new int[10];
        var random = ThreadLocalRandom.current();
        digits[0] = 1 + random.nextInt(9);
        for (int i = 1; i < 9; i++) {
            digits[i] = random.nextInt(10);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += digits[i] * weights[i];
        }
        sum += digits[8] * 5 / 10;
        digits[9] = (10 - sum % 10) % 10;
        var number = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            number.append(digits[i]);
            if (i == 2 || i == 4) {
                number.append('-');
            }
        }
        return number.toString();
    }

    private static String report(URI edge, int clients, Duration duration, LoadResult load, double bcrypt) {
        var failures = load.failures().isEmpty() ? "none" : load.failures().toString();
        return """
                # Login throughput

                %s · %d CPUs · Java %s · edge %s · %d concurrent clients · %d s measured after a warm-up
                · load average %s (other work on the machine makes the figures noisy)

                | figure | value |
                |---|---|
                | logins/s (200 OK) | %.1f |
                | latency p50 | %.1f ms |
                | latency p99 | %.1f ms |
                | requests | %d |
                | errors | %d (%s) |
                | raw BCrypt matches/s (strength 10, %d threads, same run, same JVM as this client) | %.1f |
                | **logins/s ÷ BCrypt matches/s** | **%.2f** |

                The ratio is the share of the machine's raw password-checking capacity that survives HTTP, the edge,
                the user service, PostgreSQL, Redis and JWT signing. Client, platform and baseline share this
                machine's CPUs; the baseline runs after the load, on an idle platform.
                """.formatted(
                        OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        edge,
                        clients,
                        duration.toSeconds(),
                        loadAverage(),
                        load.perSecond(),
                        load.percentileMillis(50),
                        load.percentileMillis(99),
                        load.requests(),
                        load.errors(),
                        failures,
                        clients,
                        bcrypt,
                        load.perSecond() / bcrypt);
    }

    /** Other work on the machine makes the figures noisy: the report says how busy it was. */
    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
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

    private LoginLoad() {}
}
