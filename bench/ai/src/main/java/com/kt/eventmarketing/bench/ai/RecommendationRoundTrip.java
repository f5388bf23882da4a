package com.kt.eventmarketing.bench.ai;

import com.kt.eventmarketing.ai.AiServiceApplication;
import com.kt.eventmarketing.common.messaging.CloudEventHeaders;
import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job end to end through Kafka against the embedded engines: an {@code AiRecommendationRequested}
 * sent as the event service's outbox sends it, until the {@code AiRecommendationCompleted} with three
 * plans is read back — inbox, job record, three progress reports, trend analysis, planning, outbox,
 * both hops of the broker. Sequential requests give the latency; a burst gives throughput. Same-run
 * baseline: a bare produce → consume round trip on the same broker with the same clients.
 *
 * <p>Arguments: sequential requests (default 40), burst size (default 60).
 */
public final class RecommendationRoundTrip {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String ECHO = "bench.echo.v1";

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final java.util.concurrent.CountDownLatch readerReady = new java.util.concurrent.CountDownLatch(1);
    private KafkaProducer<String, byte[]> producer;

    public static void main(String[] args) throws Exception {
        int sequential = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int burst = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        new RecommendationRoundTrip().run(sequential, burst);
        System.exit(0);
    }

    private void run(int sequential, int burst) throws Exception {
        EmbeddedEngines engines = EmbeddedEngines.shared();
        Map<String, Object> connection = engines.connectionProperties("ai_service_bench");
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--kt.messaging.resubmit-interval=1s"));
        connection.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        long started = System.nanoTime();
        ConfigurableApplicationContext service = new SpringApplicationBuilder(AiServiceApplication.class)
                .properties("spring.config.name=" + AiServiceApplication.CONFIG_NAME)
                .run(arguments.toArray(String[]::new));
        long startup = millis(System.nanoTime() - started);
        String bootstrap = engines.kafka().bootstrapServers();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(ECHO, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
        Thread reader = Thread.ofPlatform().name("bench-reader").start(() -> read(bootstrap));
        try {
            if (!readerReady.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the reader did not get its partitions");
            }
            // warm-up: JIT, connection pools, consumer fetch sessions; the service's consumer group may
            // still be joining, so the first answer may take long
            millisToArrival(warmUp(), System.nanoTime(), Duration.ofSeconds(120));
            roundTrips(10, false);
            List<Long> baseline = roundTrips(Math.max(sequential, 40), true);
            List<Long> latencies = roundTrips(sequential, false);
            long burstMillis = burst(burst);
            report(startup, baseline, latencies, burst, burstMillis);
        } finally {
            running.set(false);
            reader.join(5000);
            producer.close();
            service.close();
        }
    }

    private String warmUp() {
        UUID eventId = UUID.randomUUID();
        sendRequest(eventId, 0);
        return eventId.toString();
    }

    private List<Long> roundTrips(int count, boolean echo) throws InterruptedException {
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = UUID.randomUUID().toString();
            long sent = System.nanoTime();
            if (echo) {
                producer.send(new ProducerRecord<>(ECHO, key, "{}".getBytes(StandardCharsets.UTF_8)));
            } else {
                sendRequest(UUID.fromString(key), i);
            }
            latencies.add(millisToArrival(key, sent, Duration.ofSeconds(30)));
        }
        return latencies;
    }

    private long burst(int count) throws InterruptedException {
        List<String> keys = new ArrayList<>();
        long sent = System.nanoTime();
        for (int i = 0; i < count; i++) {
            UUID eventId = UUID.randomUUID();
            keys.add(eventId.toString());
            sendRequest(eventId, i);
        }
        long last = sent;
        for (String key : keys) {
            millisToArrival(key, sent, Duration.ofSeconds(120));
            last = Math.max(last, arrivals.get(key));
        }
        return millis(last - sent);
    }

    private void sendRequest(UUID eventId, int i) {
        Stores.Situation situation = Stores.SITUATIONS.get(i % Stores.SITUATIONS.size());
        AiRecommendationRequested request = AiRecommendationRequested.of(
                UUID.randomUUID(),
                eventId,
                UUID.randomUUID(),
                situation.store(),
                situation.objective(),
                situation.referenceDate());
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(request.topic(), request.key(), JSON.writeValueAsBytes(request));
        CloudEventHeaders.of(request, "event-service")
                .forEach((name, value) ->
                        record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    private long millisToArrival(String key, long sent, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Long arrived = arrivals.get(key);
            if (arrived != null) {
                return millis(arrived - sent);
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("No answer for " + key + " within " + within);
    }

    private void read(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(AiRecommendationCompleted.TOPIC, ECHO)) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // resolve the end now, before anything is sent
            readerReady.countDown();
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    if (record.topic().equals(AiRecommendationCompleted.TOPIC)) {
                        AiRecommendationCompleted completed =
                                JSON.readValue(record.value(), AiRecommendationCompleted.class);
                        if (completed.plans().size() != 3) {
                            throw new IllegalStateException("expected 3 plans: " + completed);
                        }
                    }
                    arrivals.putIfAbsent(record.key(), now);
                }
            }
        }
    }

    private static void report(long startup, List<Long> baseline, List<Long> latencies, int burst, long burstMillis) {
        System.out.println();
        System.out.println("| measure | p50 ms | p95 ms | max ms | n |");
        System.out.println("|---|---|---|---|---|");
        System.out.println(row("baseline: bare Kafka produce → consume", baseline));
        System.out.println(row("request → AiRecommendationCompleted (sequential)", latencies));
        System.out.printf(
                "%nburst of %d requests: all answered in %d ms = %.1f jobs/s; service start-up %d ms%n",
                burst, burstMillis, burst * 1000.0 / burstMillis, startup);
    }

    private static String row(String name, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "| " + name + " | " + percentile(sorted, 50) + " | " + percentile(sorted, 95) + " | " + sorted.getLast()
                + " | " + sorted.size() + " |";
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
