package com.kt.eventmarketing.analytics.rebuild;

import com.kt.eventmarketing.analytics.projection.ProjectedTopics;
import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.messaging.PoisonMessageException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read models from the topics: every projected topic is replayed from its beginning,
 * through the same handlers and the same inbox, into shadow tables (schema {@value #SHADOW}); then
 * the shadow tables replace the live ones in one transaction. The live listeners keep consuming
 * during the long first pass, are stopped for the short catch-up to the end of the topics and the
 * swap, and resume afterwards: the rebuilt inbox knows every message the replay applied, so nothing
 * is counted twice or lost. Needs the topics' full history (retention: forever) and, with several
 * instances, the others' listeners stopped too (docs/analytics-service.md, "Rebuild").
 */
@Service
public class ReadModelRebuild {

    static final String SHADOW = "analytics_rebuild";
    static final String RETIRED = "analytics_retired";

    /** Every table the projections write, the inbox included. */
    static final List<String> TABLES = List.of(
            "stores",
            "event_stats",
            "channel_stats",
            "timeline_buckets",
            "participants",
            "winners",
            "processed_messages");

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectedTopics topics;
    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaListenerEndpointRegistry listeners;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    ReadModelRebuild(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ProjectedTopics topics,
            ConsumerFactory<String, byte[]> consumers,
            KafkaListenerEndpointRegistry listeners,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.topics = topics;
        this.consumers = consumers;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** What a rebuild did. */
    public record Report(
            Instant startedAt, long durationMillis, long replayed, long applied, long unreadable, long events) {}

    /** Replays the topics into fresh read models and swaps them in; 409 while another rebuild runs. */
    public Report rebuild() {
        if (!running.tryLock()) {
            throw ProblemException.conflict("rebuild-running", "A rebuild of the read models is already running.");
        }
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    private Report run() {
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        String live = jdbc.queryForObject("SELECT current_schema()", String.class);
        createShadow(live);
        Progress progress = new Progress();
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (Consumer<String, byte[]> consumer =
                consumers.createConsumer("analytics-rebuild-" + UUID.randomUUID(), "rebuild", null, overrides)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            log.info("Rebuilding the read models from {} partitions", partitions.size());
            replay(consumer, consumer.endOffsets(partitions), progress);
            List<MessageListenerContainer> stopped = stopListeners();
            try {
                replay(consumer, consumer.endOffsets(partitions), progress);
                swap(live);
            } finally {
                stopped.forEach(MessageListenerContainer::start);
            }
        } catch (RuntimeException e) {
            jdbc.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
            throw e;
        }
        Long events = jdbc.queryForObject("SELECT count(*) FROM event_stats", Long.class);
        Report report = new Report(
                startedAt,
                Duration.ofNanos(System.nanoTime() - start).toMillis(),
                progress.replayed,
                progress.applied,
                progress.unreadable,
                events == null ? 0 : events);
        log.info("Rebuilt the read models: {}", report);
        return report;
    }

    private static final class Progress {
        long replayed;
        long applied;
        long unreadable;
    }

    private void createShadow(String live) {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SHADOW + " CASCADE");
        jdbc.execute("CREATE SCHEMA " + SHADOW);
        for (String table : TABLES) {
            jdbc.execute("CREATE TABLE %s.%s (LIKE %s.%s INCLUDING ALL)".formatted(SHADOW, table, live, table));
        }
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics.topics()) {
            for (PartitionInfo partition : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
        }
        return partitions;
    }

    /** Applies every record up to {@code ends}, a poll's worth per transaction, into the shadow tables. */
    private void replay(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends, Progress progress) {
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            transactions.executeWithoutResult(status -> {
                jdbc.execute("SET LOCAL search_path TO " + SHADOW);
                for (ConsumerRecord<String, byte[]> record : records) {
                    Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
                    if (end == null || record.offset() >= end) {
                        continue; // beyond this pass: the next pass (or the live listener) takes it
                    }
                    progress.replayed++;
                    try {
                        if (topics.receive(record)) {
                            progress.applied++;
                        }
                    } catch (PoisonMessageException unreadable) {
                        progress.unreadable++; // the live listener parked it on the dead-letter topic
                    }
                }
            });
            // records beyond the end of this pass are read again by the next one; finished partitions rest
            records.partitions().forEach(partition -> {
                long end = ends.getOrDefault(partition, Long.MAX_VALUE);
                if (consumer.position(partition) >= end) {
                    consumer.seek(partition, end);
                    consumer.pause(List.of(partition));
                }
            });
        }
        consumer.resume(consumer.paused());
    }

    private List<MessageListenerContainer> stopListeners() {
        List<MessageListenerContainer> running = listeners.getListenerContainers().stream()
                .filter(MessageListenerContainer::isRunning)
                .toList();
        running.forEach(MessageListenerContainer::stop);
        return running;
    }

    /** The shadow tables become the live ones; what was sent to the AI service stays known. */
    private void swap(String live) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("DROP SCHEMA IF EXISTS " + RETIRED + " CASCADE");
            jdbc.execute("CREATE SCHEMA " + RETIRED);
            for (String table : TABLES) {
                jdbc.execute("ALTER TABLE %s.%s SET SCHEMA %s".formatted(live, table, RETIRED));
                jdbc.execute("ALTER TABLE %s.%s SET SCHEMA %s".formatted(SHADOW, table, live));
            }
            jdbc.update("""
                    UPDATE %s.event_stats rebuilt SET results_fingerprint = retired.results_fingerprint,
                                                      results_sent_at = retired.results_sent_at
                    FROM %s.event_stats retired WHERE rebuilt.event_id = retired.event_id""".formatted(live, RETIRED));
            jdbc.execute("DROP SCHEMA " + SHADOW + " CASCADE");
            jdbc.execute("DROP SCHEMA " + RETIRED + " CASCADE");
        });
    }
}
