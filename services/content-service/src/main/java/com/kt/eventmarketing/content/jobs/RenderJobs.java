package com.kt.eventmarketing.content.jobs;

import com.kt.eventmarketing.content.design.DesignDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The render job queue in PostgreSQL: claimed with a lease, so each job runs on one replica at a time. */
@Repository
class RenderJobs {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RenderJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a new job; {@code false} if the job is known already (a repeated request). */
    boolean insert(RenderJob job, Instant now) {
        return jdbc.sql("""
                        INSERT INTO render_jobs (job_id, event_id, user_id, store_id, kind, designs, parent_image_id,
                                                 status, total, step, created_at, updated_at)
                        VALUES (:id, :event, :user, :store, :kind, CAST(:designs AS jsonb), :parent, 'PENDING', :total,
                                :step, :at, :at)
                        ON CONFLICT (job_id) DO NOTHING""")
                        .param("id", job.jobId())
                        .param("event", job.eventId())
                        .param("user", job.userId())
                        .param("store", job.storeId())
                        .param("kind", job.kind().name())
                        .param(
                                "designs",
                                json.writeValueAsString(job.designs().stream()
                                        .map(DesignDocument::of)
                                        .toList()))
                        .param("parent", job.parentImageId())
                        .param("total", job.total())
                        .param("step", job.step())
                        .param("at", Timestamp.from(now))
                        .update()
                > 0;
    }

    /**
     * Takes the job for this runner until the lease ends, counting the attempt; empty when it is
     * finished or another runner holds it.
     */
    Optional<RenderJob> claim(UUID jobId, Duration lease, Instant now) {
        return jdbc.sql("""
                        UPDATE render_jobs SET status = 'PROCESSING', attempts = attempts + 1, lease_until = :until,
                                               updated_at = :now
                        WHERE job_id = :id AND status IN ('PENDING', 'PROCESSING')
                          AND (lease_until IS NULL OR lease_until < :now)
                        RETURNING job_id, event_id, user_id, store_id, kind, designs::text AS designs, parent_image_id,
                                  step, attempts""")
                .param("id", jobId)
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .query(this::job)
                .optional();
    }

    /** One more image done: the next report's step, with the lease renewed. */
    int advance(UUID jobId, int done, Duration lease, Instant now) {
        return jdbc.sql("""
                        UPDATE render_jobs SET done = :done, step = step + 1, lease_until = :until, updated_at = :now
                        WHERE job_id = :id RETURNING step""")
                .param("done", done)
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("id", jobId)
                .query(Integer.class)
                .single();
    }

    int complete(UUID jobId, Instant now) {
        return finish(jobId, "COMPLETED", null, now);
    }

    int fail(UUID jobId, String error, Instant now) {
        return finish(jobId, "FAILED", error, now);
    }

    private int finish(UUID jobId, String status, String error, Instant now) {
        return jdbc.sql("""
                        UPDATE render_jobs SET status = :status, step = step + 1, error_message = :error,
                                               lease_until = NULL, completed_at = :now, updated_at = :now
                        WHERE job_id = :id RETURNING step""")
                .param("status", status)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("id", jobId)
                .query(Integer.class)
                .single();
    }

    /** Gives the job back after a failed attempt, to be tried again once {@code at} has passed. */
    void retryAt(UUID jobId, Instant at, String error, Instant now) {
        jdbc.sql(
                        "UPDATE render_jobs SET lease_until = :at, error_message = :error, updated_at = :now WHERE job_id = :id")
                .param("at", Timestamp.from(at))
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("id", jobId)
                .update();
    }

    /** Open jobs nobody holds: new ones, and those of a runner that stopped or failed. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT job_id FROM render_jobs
                        WHERE status IN ('PENDING', 'PROCESSING') AND (lease_until IS NULL OR lease_until < :now)
                        ORDER BY created_at LIMIT :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    private RenderJob job(ResultSet rs, int row) throws SQLException {
        DesignDocument[] designs = json.readValue(rs.getString("designs"), DesignDocument[].class);
        return new RenderJob(
                rs.getObject("job_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                RenderJob.Kind.valueOf(rs.getString("kind")),
                Arrays.stream(designs).map(DesignDocument::toDesign).toList(),
                rs.getObject("parent_image_id", UUID.class),
                rs.getInt("step"),
                rs.getInt("attempts"));
    }
}
