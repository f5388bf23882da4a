package com.kt.eventmarketing.event.jobs;

import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.domain.Job;
import com.kt.eventmarketing.event.shared.AfterCommit;
import com.kt.eventmarketing.event.shared.EventServiceProperties;
import com.kt.eventmarketing.event.shared.GuardedRedis;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code job:status:{jobId}}: the live status of a job as a Redis hash (jobType, status, progress, eventId, and for
 * owner checks and display storeId, message, errorMessage, createdAt, updatedAt), kept 10 minutes after its last
 * change. Written after each committed change; a write never replaces a newer one (two changes of one job can commit
 * on different threads and reach Redis in either order).
 *
 * <p>A write that fails because Redis is away is remembered: until it has been redone from PostgreSQL (every
 * {@code kt.event.redis-retry} once Redis answers), this instance reads that job from
 * PostgreSQL, so an entry written before the outage is not served as the job's status afterwards.
 */
@Component
class JobStatusCache {

    private static final String PREFIX = "job:status:";

    /** KEYS: hash; ARGV: ttl seconds, version, field, value … Writes only if not older than what is there. */
    private static final RedisScript<Long> WRITE = RedisScript.of("""
            local current = redis.call('HGET', KEYS[1], 'version')
            if current and tonumber(current) > tonumber(ARGV[2]) then return 0 end
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'version', ARGV[2], unpack(ARGV, 3))
            redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
            return 1""", Long.class);

    private final GuardedRedis redis;
    private final Jobs jobs;
    private final long ttlSeconds;
    private final Set<UUID> pendingWrites = ConcurrentHashMap.newKeySet();

    JobStatusCache(GuardedRedis redis, Jobs jobs, EventServiceProperties properties) {
        this.redis = redis;
        this.jobs = jobs;
        this.ttlSeconds = properties.jobs().statusTtl().toSeconds();
    }

    void writeAfterCommit(Job job) {
        AfterCommit.run(() -> write(job));
    }

    void write(Job job) {
        List<Object> args =
                new ArrayList<>(List.of(Long.toString(ttlSeconds), Long.toString(version(job.updatedAt()))));
        encode(JobStatusView.of(job)).forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        boolean written =
                redis.run("write job status", r -> r.execute(WRITE, List.of(key(job.jobId())), args.toArray()));
        if (written) {
            pendingWrites.remove(job.jobId());
        } else {
            pendingWrites.add(job.jobId());
        }
    }

    /** The status Redis holds, or empty on a miss, when Redis is away or while a write of the job is pending. */
    Optional<JobStatusView> read(UUID jobId) {
        if (pendingWrites.contains(jobId)) {
            return Optional.empty();
        }
        return redis.call("read job status", r -> r.<String, String>opsForHash().entries(key(jobId)))
                .filter(hash -> !hash.isEmpty())
                .flatMap(hash -> decode(jobId, hash));
    }

    /** Writes that failed while Redis was away, redone from PostgreSQL once it answers again. */
    @Scheduled(fixedDelayString = "${kt.event.redis-retry:5s}")
    void retryPendingWrites() {
        if (pendingWrites.isEmpty() || !redis.available()) {
            return;
        }
        for (UUID jobId : List.copyOf(pendingWrites)) {
            jobs.find(jobId).ifPresentOrElse(this::write, () -> pendingWrites.remove(jobId));
        }
    }

    boolean hasPendingWrites() {
        return !pendingWrites.isEmpty();
    }

    static String key(UUID jobId) {
        return PREFIX + jobId;
    }

    private static long version(Instant updatedAt) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt);
    }

    private static Map<String, String> encode(JobStatusView job) {
        Map<String, String> hash = new LinkedHashMap<>();
        hash.put("jobType", job.jobType().name());
        hash.put("status", job.status().name());
        hash.put("progress", Integer.toString(job.progress()));
        hash.put("eventId", job.eventId().toString());
        hash.put("storeId", job.storeId().toString());
        if (job.message() != null) {
            hash.put("message", job.message());
        }
        if (job.errorMessage() != null) {
            hash.put("errorMessage", job.errorMessage());
        }
        hash.put("createdAt", job.createdAt().toString());
        hash.put("updatedAt", job.updatedAt().toString());
        return hash;
    }

    private static Optional<JobStatusView> decode(UUID jobId, Map<String, String> hash) {
        try {
            return Optional.of(new JobStatusView(
                    jobId,
                    JobType.valueOf(hash.get("jobType")),
                    JobStatus.valueOf(hash.get("status")),
                    Integer.parseInt(hash.get("progress")),
                    UUID.fromString(hash.get("eventId")),
                    UUID.fromString(hash.get("storeId")),
                    hash.get("message"),
                    hash.get("errorMessage"),
                    Instant.parse(hash.get("createdAt")),
                    Instant.parse(hash.get("updatedAt"))));
        } catch (RuntimeException unreadable) {
            // written by another version, or only partly: PostgreSQL has the truth
            return Optional.empty();
        }
    }
}
