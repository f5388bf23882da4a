package com.kt.eventmarketing.event.jobs;

import static com.kt.eventmarketing.event.shared.UtcTimes.column;
import static com.kt.eventmarketing.event.shared.UtcTimes.instant;

import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.jobs.domain.Job;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jobs in PostgreSQL ({@code jobs} of the ERD: no foreign key to the event, the history outlives it). */
@Repository
class Jobs {

    private static final String COLUMNS = """
            job_id, event_id, store_id, job_type, status, progress, last_step, message, error_message, result_key,
            completed_at, created_at, updated_at, request, retry_of""";

    private final JdbcClient jdbc;

    Jobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Job job) {
        jdbc.sql("INSERT INTO jobs (" + COLUMNS + ") VALUES (:jobId, :eventId, :storeId, :type, :status, :progress,"
                        + " :lastStep, :message, :errorMessage, :resultKey, :completedAt, :createdAt, :updatedAt,"
                        + " :request, :retryOf)")
                .paramSource(params(job))
                .update();
    }

    /** Inserts a job first heard of from another service; {@code false} if a concurrent message recorded it first. */
    boolean insertIfAbsent(Job job) {
        return jdbc.sql("INSERT INTO jobs (" + COLUMNS + ") VALUES (:jobId, :eventId, :storeId, :type, :status,"
                                + " :progress, :lastStep, :message, :errorMessage, :resultKey, :completedAt,"
                                + " :createdAt, :updatedAt, :request, :retryOf) ON CONFLICT (job_id) DO NOTHING")
                        .paramSource(params(job))
                        .update()
                == 1;
    }

    void update(Job job) {
        jdbc.sql("""
                        UPDATE jobs SET status = :status, progress = :progress, last_step = :lastStep, message = :message,
                               error_message = :errorMessage, result_key = :resultKey, completed_at = :completedAt,
                               updated_at = :updatedAt
                        WHERE job_id = :jobId""").paramSource(params(job)).update();
    }

    Optional<Job> find(UUID jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE job_id = :id")
                .param("id", jobId)
                .query(Jobs::job)
                .optional();
    }

    Optional<Job> lock(UUID jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE job_id = :id FOR UPDATE")
                .param("id", jobId)
                .query(Jobs::job)
                .optional();
    }

    /** The event's newest unfinished job of the type. */
    Optional<Job> active(UUID eventId, JobType type) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE event_id = :event AND job_type = :type"
                        + " AND status IN ('PENDING', 'PROCESSING') ORDER BY created_at DESC LIMIT 1")
                .param("event", eventId)
                .param("type", type.name())
                .query(Jobs::job)
                .optional();
    }

    Optional<Job> retryOf(UUID failedJobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM jobs WHERE retry_of = :id")
                .param("id", failedJobId)
                .query(Jobs::job)
                .optional();
    }

    /**
     * Fails, in one statement, the unfinished jobs whose last change is older than {@code silentSince}. A job a
     * progress report is updating at that moment is skipped (its report just proved it alive), and replicas sweeping
     * at once never fail the same job twice.
     *
     * @return the jobs failed
     */
    List<Job> failSilentSince(Instant silentSince, String errorMessage, Instant now, int limit) {
        return jdbc.sql("""
                        UPDATE jobs SET status = 'FAILED', error_message = :error, completed_at = :now, updated_at = :now
                        WHERE status IN ('PENDING', 'PROCESSING') AND job_id IN (
                            SELECT job_id FROM jobs WHERE status IN ('PENDING', 'PROCESSING') AND updated_at < :since
                            ORDER BY updated_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + COLUMNS)
                .param("error", errorMessage)
                .param("now", column(now))
                .param("since", column(silentSince))
                .param("limit", limit)
                .query(Jobs::job)
                .list();
    }

    private static MapSqlParameterSource params(Job job) {
        return new MapSqlParameterSource()
                .addValue("jobId", job.jobId())
                .addValue("eventId", job.eventId())
                .addValue("storeId", job.storeId())
                .addValue("type", job.type().name())
                .addValue("status", job.status().name())
                .addValue("progress", job.progress())
                .addValue("lastStep", job.lastStep())
                .addValue("message", job.message())
                .addValue("errorMessage", job.errorMessage())
                .addValue("resultKey", job.resultKey())
                .addValue("completedAt", column(job.completedAt()))
                .addValue("createdAt", column(job.createdAt()))
                .addValue("updatedAt", column(job.updatedAt()))
                .addValue("request", job.request())
                .addValue("retryOf", job.retryOf());
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        return new Job(
                rs.getObject("job_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                JobType.valueOf(rs.getString("job_type")),
                JobStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"),
                rs.getInt("last_step"),
                rs.getString("message"),
                rs.getString("error_message"),
                rs.getString("result_key"),
                instant(rs.getObject("completed_at", LocalDateTime.class)),
                instant(rs.getObject("created_at", LocalDateTime.class)),
                instant(rs.getObject("updated_at", LocalDateTime.class)),
                rs.getString("request"),
                rs.getObject("retry_of", UUID.class));
    }
}
