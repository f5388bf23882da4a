package com.kt.eventmarketing.event.shared;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kt.event.*}: the event service's settings.
 *
 * @param zone the calendar of the owners: "today", start dates and end dates are read in it
 * @param maxPageSize the largest page of events a list answers, whatever size is asked for
 * @param redisCooldown after a failed Redis call, how long Redis is left alone (served from PostgreSQL)
 * @param redisRetry how often cache writes and evictions that failed while Redis was away are tried again
 */
@ConfigurationProperties("kt.event")
public record EventServiceProperties(
        @DefaultValue("Asia/Seoul") ZoneId zone,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("5s") Duration redisCooldown,
        @DefaultValue("5s") Duration redisRetry,
        @DefaultValue DraftCache draftCache,
        @DefaultValue Session session,
        @DefaultValue Jobs jobs,
        @DefaultValue AutoEnd autoEnd) {

    /**
     * {@code event:draft:{eventId}}: read-through cache of draft events.
     *
     * @param enabled off: every read goes to PostgreSQL (the benchmark's baseline)
     */
    public record DraftCache(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1800s") Duration ttl) {}

    /** {@code event:session:{userId}}: the event-creation session of the wizard. */
    public record Session(@DefaultValue("3600s") Duration ttl) {}

    /**
     * Asynchronous jobs.
     *
     * @param timeout a job without progress for this long is failed
     * @param sweepInterval how often silent jobs are looked for
     * @param statusTtl lifetime of {@code job:status:{jobId}} after its last change
     */
    public record Jobs(
            @DefaultValue("2m") Duration timeout,
            @DefaultValue("15s") Duration sweepInterval,
            @DefaultValue("600s") Duration statusTtl) {}

    /**
     * Ending published events after their end date.
     *
     * @param initialDelay the first run, after start
     * @param interval how often due events are looked for
     * @param batchSize events ended per transaction
     */
    public record AutoEnd(
            @DefaultValue("5s") Duration initialDelay,
            @DefaultValue("1m") Duration interval,
            @DefaultValue("200") int batchSize) {}
}
