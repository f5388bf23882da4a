package com.kt.eventmarketing.bench.distribution;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.messaging.CloudEventHeaders;
import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.distribution.DistributionCompleted;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.distribution.DistributionServiceApplication;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One published event fanned out to all eight channels through the channel simulator, with Naver Blog
 * answering after 2 s and Kakao Channel failing (503), against the embedded engines — the service's
 * real path: inbox, rows, parallel resilient calls, outcomes through the outbox. Measured per run:
 * the fan-out ({@code DistributionCompleted.durationMillis}: first attempt to last answer), the end to
 * end time (EventPublished sent → DistributionCompleted read), and the sum of the channels' own times
 * (what a sequential fan-out would take). Same-run baseline: the slow channel alone.
 *
 * <p>Arguments: runs (default 10); {@code retrying} to keep the failing channel's breaker closed so that
 * every run pays its three attempts with backoff (by default it opens after the warm-up, as in production).
 */
public final class FanOutBench {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final int AUDIENCE = 50;

    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch readerReady = new CountDownLatch(1);
    private final boolean retrying;
    private KafkaProducer<String, byte[]> producer;
    private JdbcClient jdbc;

    /** @param retrying keep the failing channel's breaker closed, so every run goes through its 3 attempts */
    private FanOutBench(boolean retrying) {
        this.retrying = retrying;
    }

    private record Arrival(long nanos, DistributionCompleted completed) {}

    private record Run(
            long fanOutMillis,
            long endToEndMillis,
            long sumOfChannelsMillis,
            long slowestChannelMillis,
            String slowestChannel,
            String outcome) {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        boolean retrying = args.length > 1 && args[1].equals("retrying");
        new FanOutBench(retrying).run(runs);
        System.exit(0);
    }

    private void run(int runs) throws Exception {
        EmbeddedEngines engines = EmbeddedEngines.shared();
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--kt.distribution.simulator.delays.naver-blog=2s",
                "--kt.distribution.simulator.failing=kakao-channel",
                "--kt.messaging.resubmit-interval=1s",
                "--kt.crypto.keys.bench=" + randomKey(32),
                "--kt.crypto.active-key-id=bench",
                "--kt.crypto.blind-index-key=" + randomKey(32)));
        if (retrying) {
            arguments.add("--kt.distribution.resilience.breaker-window=1000");
            arguments.add("--kt.distribution.resilience.breaker-minimum-calls=1000");
        }
        engines.connectionProperties("distribution_service_bench")
                .forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ConfigurableApplicationContext service = new SpringApplicationBuilder(DistributionServiceApplication.class)
                .properties("spring.config.name=" + DistributionServiceApplication.CONFIG_NAME)
                // Korean daytime whatever the hour of the run: quiet hours would hold SMS, e-mail and Kakao back
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("benchClock", Clock.class, FanOutBench::daytimeClock, bd -> bd.setPrimary(true)))
                .run(arguments.toArray(String[]::new));
        jdbc = service.getBean(JdbcClient.class);
        PersonalDataCipher cipher = service.getBean(PersonalDataCipher.class);
        String bootstrap = engines.kafka().bootstrapServers();
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer());
        Thread reader = Thread.ofPlatform().name("bench-reader").start(() -> read(bootstrap));
        try {
            if (!readerReady.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the reader did not get its partitions");
            }
            StoreSnapshot store =
                    new StoreSnapshot(UUID.randomUUID(), "카페 봄", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8000);
            audience(store.storeId(), cipher);
            // warm-up: JIT, pools, the consumer group joining, the first SMTP connection
            List<Run> warmUp = List.of(
                    fanOut(store, List.of(Channel.values()), Duration.ofSeconds(120)),
                    fanOut(store, List.of(Channel.values()), Duration.ofSeconds(60)));

            List<Run> all = new ArrayList<>();
            List<Run> alone = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                all.add(fanOut(store, List.of(Channel.values()), Duration.ofSeconds(60)));
                if (i % 2 == 0) {
                    alone.add(fanOut(store, List.of(Channel.NAVER_BLOG), Duration.ofSeconds(60)));
                }
            }
            report(runs, warmUp, all, alone);
        } finally {
            running.set(false);
            reader.join(5000);
            producer.close();
            service.close();
        }
    }

    private Run fanOut(StoreSnapshot store, List<Channel> channels, Duration within) throws InterruptedException {
        LocalDate start = LocalDate.now(SEOUL);
        EventPublished event = EventPublished.of(
                UUID.randomUUID(),
                UUID.randomUUID(),
                store,
                "겨울 신메뉴 경품 추첨",
                "카페 봄의 겨울 신메뉴 출시를 기념해 추첨으로 50분께 아메리카노를 드려요.",
                Objective.NEW_CUSTOMERS,
                start,
                start.plusDays(13),
                channels,
                UUID.randomUUID(),
                "/api/v1/content/images/" + UUID.randomUUID(),
                null);
        long sent = System.nanoTime();
        send(event, "/event-service");
        Arrival arrival = await(event.eventId().toString(), within);
        record Took(String channel, long millis) {}
        List<Took> perChannel = jdbc.sql(
                        "SELECT channel, first_attempt_at, finished_at FROM distributions WHERE event_id = :e")
                .param("e", event.eventId())
                .query((rs, n) -> new Took(
                        rs.getString("channel"),
                        rs.getTimestamp("finished_at").getTime()
                                - rs.getTimestamp("first_attempt_at").getTime()))
                .list();
        long sum = perChannel.stream().mapToLong(Took::millis).sum();
        Took slowest = perChannel.stream()
                .max(java.util.Comparator.comparingLong(Took::millis))
                .orElseThrow();
        DistributionCompleted done = arrival.completed();
        String outcome = done.succeeded().size() + " ok / " + done.failed().size() + " failed " + done.failed()
                + (done.failed().isEmpty() ? "" : " (" + kakaoError(event.eventId()) + ")");
        return new Run(
                done.durationMillis(),
                millis(arrival.nanos() - sent),
                sum,
                slowest.millis(),
                slowest.channel(),
                outcome);
    }

    private String kakaoError(UUID eventId) {
        return jdbc.sql("SELECT attempts || ' attempt(s): ' || last_error FROM distributions WHERE event_id = :e"
                        + " AND channel = 'KAKAO_CHANNEL'")
                .param("e", eventId)
                .query(String.class)
                .optional()
                .map(text -> text.length() > 60 ? text.substring(0, 60) + "…" : text)
                .orElse("-");
    }

    private void audience(UUID storeId, PersonalDataCipher cipher) throws InterruptedException {
        for (int i = 0; i < AUDIENCE; i++) {
            String phone = "0101000%04d".formatted(i);
            send(
                    MarketingConsentChanged.granted(
                            UUID.randomUUID(),
                            storeId,
                            cipher.blindIndex(phone, "phone"),
                            cipher.encrypt(phone, "message.phone"),
                            i % 2 == 0 ? cipher.encrypt("guest" + i + "@example.com", "message.email") : null,
                            "2026-01",
                            Instant.now()),
                    "/participation-service");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long known = jdbc.sql("SELECT count(*) FROM audience WHERE store_id = :s")
                    .param("s", storeId)
                    .query(Long.class)
                    .single();
            if (known == AUDIENCE) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the audience did not arrive");
    }

    private void report(int runs, List<Run> warmUp, List<Run> all, List<Run> alone) {
        System.out.println();
        System.out.println("Distribution fan-out: 8 channels, NAVER_BLOG answers after 2 s, KAKAO_CHANNEL answers 503"
                + (retrying ? " (breaker kept closed: 3 attempts every run);" : ";"));
        System.out.println("SMS/EMAIL to " + AUDIENCE + " consenting people (25 with e-mail); defaults: timeout 5 s,"
                + " 3 attempts, backoff 500 ms x2 with jitter, breaker opens at 50 % of >= 5 calls");
        System.out.printf(
                "%-4s %10s %10s %12s %24s  %s%n",
                "run", "fan-out", "end2end", "sum(chan.)", "slowest channel", "outcome");
        for (int i = 0; i < warmUp.size(); i++) {
            line("w" + (i + 1), warmUp.get(i));
        }
        for (int i = 0; i < all.size(); i++) {
            line(String.valueOf(i + 1), all.get(i));
        }
        System.out.println();
        System.out.println("Same-run baseline, the slow channel alone (NAVER_BLOG only):");
        for (int i = 0; i < alone.size(); i++) {
            Run r = alone.get(i);
            System.out.printf("%-4d %8d ms %7d ms%n", i + 1, r.fanOutMillis(), r.endToEndMillis());
        }
        System.out.println();
        System.out.printf(
                "median of %d runs: fan-out %d ms, end-to-end %d ms, sum of channel times %d ms,"
                        + " slowest channel %d ms; slow channel alone: fan-out %d ms, end-to-end %d ms%n",
                runs,
                median(all.stream().map(Run::fanOutMillis).toList()),
                median(all.stream().map(Run::endToEndMillis).toList()),
                median(all.stream().map(Run::sumOfChannelsMillis).toList()),
                median(all.stream().map(Run::slowestChannelMillis).toList()),
                median(alone.stream().map(Run::fanOutMillis).toList()),
                median(alone.stream().map(Run::endToEndMillis).toList()));
    }

    private static void line(String label, Run r) {
        System.out.printf(
                "%-4s %8d ms %7d ms %9d ms %13s %7d ms  %s%n",
                label,
                r.fanOutMillis(),
                r.endToEndMillis(),
                r.sumOfChannelsMillis(),
                r.slowestChannel(),
                r.slowestChannelMillis(),
                r.outcome());
    }

    private void send(IntegrationEvent event, String source) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(event.topic(), event.key(), JSON.writeValueAsBytes(event));
        CloudEventHeaders.of(event, source)
                .forEach((name, value) ->
                        record.headers().add(name, value.toString().getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    private Arrival await(String key, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Arrival arrived = arrivals.get(key);
            if (arrived != null) {
                return arrived;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("No DistributionCompleted for " + key + " within " + within);
    }

    private void read(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(DistributionCompleted.TOPIC)
                    .forEach(p -> partitions.add(new TopicPartition(DistributionCompleted.TOPIC, p.partition())));
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            readerReady.countDown();
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    arrivals.putIfAbsent(
                            record.key(),
                            new Arrival(now, JSON.readValue(record.value(), DistributionCompleted.class)));
                }
            }
        }
    }

    private static Clock daytimeClock() {
        Instant noon = LocalDateTime.now(SEOUL)
                .withHour(12)
                .withMinute(0)
                .atZone(SEOUL)
                .toInstant();
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), noon));
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
