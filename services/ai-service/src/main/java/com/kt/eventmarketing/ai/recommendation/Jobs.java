package com.kt.eventmarketing.ai.recommendation;

import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recommendation jobs in PostgreSQL. Every change is conditional on the job still processing, so a
 * job completes or fails once, and each report gets the next step number.
 */
@Repository
class Jobs {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;

    Jobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new job; {@code false} when the job id is known already (a repeated request). */
    boolean insert(AiRecommendationRequested request, RecommendationJob.Status status, String error, Instant now) {
        return jdbc.sql("""
                        INSERT INTO recommendation_jobs (job_id, event_id, user_id, store_id, objective, request, status,
                                                         step, error_message, created_at, updated_at, completed_at)
                        VALUES (:job, :event, :user, :store, :objective, CAST(:request AS jsonb), :status, :step,
                                :error, :at, :at, :completed)
                        ON CONFLICT (job_id) DO NOTHING""")
                        .param("job", request.jobId())
                        .param("event", request.eventId())
                        .param("user", request.userId())
                        .param(
                                "store",
                                request.store() == null ? null : request.store().storeId())
                        .param(
                                "objective",
                                request.objective() == null
                                        ? null
                                        : request.objective().name())
                        .param("request", JSON.writeValueAsString(request))
                        .param("status", status.name())
                        // a request refused at once is reported in one step, its failure
                        .param("step", status == RecommendationJob.Status.FAILED ? 1 : 0)
                        .param("error", error)
                        .param("completed", status == RecommendationJob.Status.FAILED ? Timestamp.from(now) : null)
                        .param("at", Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<RecommendationJob> find(UUID jobId) {
        return jdbc.sql("SELECT job_id, event_id, status, request FROM recommendation_jobs WHERE job_id = :job")
                .param("job", jobId)
                .query((rs, n) -> new RecommendationJob(
                        rs.getObject("job_id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        RecommendationJob.Status.valueOf(rs.getString("status")),
                        JSON.readValue(rs.getString("request"), AiRecommendationRequested.class)))
                .optional();
    }

    /** Moves a processing job to {@code progress}; the step number of this report, if it still processes. */
    OptionalInt advance(UUID jobId, int progress, Instant now) {
        return step(jdbc.sql("""
                        UPDATE recommendation_jobs SET step = step + 1, progress = :progress, updated_at = :at
                        WHERE job_id = :job AND status = 'PROCESSING'
                        RETURNING step""")
                .param("progress", progress)
                .param("at", Timestamp.from(now))
                .param("job", jobId));
    }

    /** Stores the plans and completes the job, once; the step number of the completion report. */
    OptionalInt complete(UUID jobId, PlanSet plans, Instant now) {
        return step(jdbc.sql("""
                        UPDATE recommendation_jobs
                        SET status = 'COMPLETED', step = step + 1, progress = 100, source = :source,
                            plans = CAST(:plans AS jsonb), note = :note, updated_at = :at, completed_at = :at
                        WHERE job_id = :job AND status = 'PROCESSING'
                        RETURNING step""")
                .param("source", plans.source().name())
                .param("plans", JSON.writeValueAsString(plans.plans()))
                .param("note", plans.note())
                .param("at", Timestamp.from(now))
                .param("job", jobId));
    }

    /** Fails a processing job, once; the step number of the failure report. */
    OptionalInt fail(UUID jobId, String error, Instant now) {
        return step(jdbc.sql("""
                        UPDATE recommendation_jobs
                        SET status = 'FAILED', step = step + 1, error_message = :error, updated_at = :at,
                            completed_at = :at
                        WHERE job_id = :job AND status = 'PROCESSING'
                        RETURNING step""")
                .param("error", error)
                .param("at", Timestamp.from(now))
                .param("job", jobId));
    }

    private static OptionalInt step(JdbcClient.StatementSpec statement) {
        return statement.query(Integer.class).optional().map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
