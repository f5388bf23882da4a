package com.kt.eventmarketing.event.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.Api;
import com.kt.eventmarketing.event.Api.Response;
import com.kt.eventmarketing.event.EventServiceTest;
import com.kt.eventmarketing.event.Messages;
import com.kt.eventmarketing.event.Messages.Received;
import com.kt.eventmarketing.event.Owners;
import com.kt.eventmarketing.event.Owners.Owner;
import com.kt.eventmarketing.event.RedisOutage;
import com.kt.eventmarketing.event.Wizard;
import com.kt.eventmarketing.event.jobs.domain.Job;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

@EventServiceTest
class JobsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JobTracking jobs;

    Api api;
    Wizard wizard;
    Owner owner;
    String eventId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        wizard = new Wizard(api, jdbc);
        owner = Owners.registered(jdbc);
        eventId = wizard.createDraft(owner);
    }

    @Test
    void progressReportsMoveTheJobOnInStepOrderAndLateOrRepeatedOnesChangeNothing() {
        String jobId = wizard.requestPlans(owner, eventId);

        report(jobId, JobStatus.PROCESSING, 60, 2, "트렌드 분석 중");
        assertJob(jobId, "PROCESSING", 60, "트렌드 분석 중");

        report(jobId, JobStatus.PROCESSING, 20, 1, "매장 정보 읽는 중"); // overtaken by step 2
        report(jobId, JobStatus.PROCESSING, 60, 2, "트렌드 분석 중"); // the same step again
        assertJob(jobId, "PROCESSING", 60, "트렌드 분석 중");

        report(jobId, JobStatus.COMPLETED, 100, 3, "완료");
        assertJob(jobId, "COMPLETED", 100, "완료");
        report(jobId, JobStatus.PROCESSING, 80, 4, "다시 처리 중"); // never out of COMPLETED
        report(jobId, JobStatus.FAILED, 80, 5, null);
        assertJob(jobId, "COMPLETED", 100, "완료");

        Map<Object, Object> live = redis.opsForHash().entries("job:status:" + jobId);
        assertThat(live).containsEntry("status", "COMPLETED").containsEntry("progress", "100");
    }

    @Test
    void aFailureReportSaysWhy() {
        String jobId = wizard.requestPlans(owner, eventId);

        report(jobId, JobStatus.FAILED, 30, 1, null, "AI 서비스 응답 없음");

        Response job = api.get("/api/v1/jobs/" + jobId, owner.token());
        assertThat(job.text("status")).isEqualTo("FAILED");
        assertThat(job.text("errorMessage")).isEqualTo("AI 서비스 응답 없음");
    }

    @Test
    void aReportOfAJobStartedElsewhereRecordsItIfItsEventExists() {
        UUID unknown = UUID.randomUUID();
        Messages.deliver(
                JobProgressed.of(
                        unknown,
                        UUID.fromString(eventId),
                        JobType.IMAGE_GENERATION,
                        JobStatus.PROCESSING,
                        10,
                        1,
                        null,
                        null),
                "content-service",
                jdbc);
        UUID orphan = UUID.randomUUID();
        UUID noEvent = UUID.randomUUID();
        Messages.deliver(
                JobProgressed.of(orphan, noEvent, JobType.IMAGE_GENERATION, JobStatus.PROCESSING, 10, 1, null, null),
                "content-service",
                jdbc);

        Response recorded = api.get("/api/v1/jobs/" + unknown, owner.token());
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.text("jobType")).isEqualTo("IMAGE_GENERATION");
        assertThat(recorded.text("eventId")).isEqualTo(eventId);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM jobs WHERE job_id = ?", Integer.class, orphan))
                .isZero();
    }

    @Test
    void aJobThatFallsSilentFailsWithAMessageInsteadOfRunningForever() {
        String silent = wizard.requestPlans(owner, eventId);
        String other = wizard.createDraft(owner);
        String alive = wizard.requestPlans(owner, other);
        report(silent, JobStatus.PROCESSING, 40, 1, "분석 중");
        api.get("/api/v1/jobs/" + silent, owner.token()); // cached in Redis as PROCESSING
        jdbc.update(
                "UPDATE jobs SET updated_at = ? WHERE job_id = ?::uuid",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(3),
                silent);

        List<Job> failed = jobs.failSilentJobs();
        jobs.failSilentJobs(); // another replica's sweep right after

        assertThat(failed)
                .extracting(job -> job.jobId().toString())
                .contains(silent)
                .doesNotContain(alive);
        Response job = api.get("/api/v1/jobs/" + silent, owner.token());
        assertThat(job.text("status")).isEqualTo("FAILED");
        assertThat(job.text("errorMessage")).contains("2분").contains("다시 시도").contains("No progress for 2 min");
        assertThat(redis.opsForHash().get("job:status:" + silent, "status")).isEqualTo("FAILED");
        assertThat(api.get("/api/v1/jobs/" + alive, owner.token()).text("status"))
                .isEqualTo("PENDING");

        report(silent, JobStatus.PROCESSING, 80, 2, "늦은 보고");
        assertThat(api.get("/api/v1/jobs/" + silent, owner.token()).text("status"))
                .as("a report after the timeout does not revive the job")
                .isEqualTo("FAILED");
    }

    @Test
    void aFailedJobIsRetriedOnceAsANewJobWithTheSameRequest() {
        wizard.write(owner, eventId, "다시 그릴 이벤트", null, null);
        String failed = api.post(
                        "/api/v1/events/" + eventId + "/images",
                        Map.of("styles", List.of("FANCY"), "platforms", List.of("POSTER")),
                        owner.token())
                .text("jobId");
        report(failed, JobStatus.FAILED, 50, 1, null, "렌더링 실패");

        Response retried = api.post("/api/v1/jobs/" + failed + "/retry", null, owner.token());

        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        String retry = retried.text("jobId");
        assertThat(retry).isNotEqualTo(failed);
        assertThat(retried.header("Location")).isEqualTo("/api/v1/jobs/" + retry);
        assertThat(api.get("/api/v1/jobs/" + failed, owner.token()).text("status"))
                .isEqualTo("FAILED");
        assertThat(api.get("/api/v1/jobs/" + retry, owner.token()).text("status"))
                .isEqualTo("PENDING");
        List<Received> requests =
                Messages.await(ImageGenerationRequested.TOPIC, eventId, 2, Duration.ofSeconds(20), Duration.ZERO);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).payload().path("jobId").asString()).isEqualTo(retry);
        assertThat(requests.get(1).payload().path("styles").toString()).isEqualTo("[\"FANCY\"]");
        assertThat(requests.get(1).payload().path("platforms").toString()).isEqualTo("[\"POSTER\"]");

        Response twice = api.post("/api/v1/jobs/" + failed + "/retry", null, owner.token());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("job-already-retried");
        assertThat(twice.text("retryJobId")).isEqualTo(retry);

        Response notFailed = api.post("/api/v1/jobs/" + retry + "/retry", null, owner.token());
        assertThat(notFailed.status()).isEqualTo(409);
        assertThat(notFailed.text("code")).isEqualTo("job-not-failed");
    }

    @Test
    void aFailedAiJobIsRetriedWithANewRequest() {
        String failed = wizard.requestPlans(owner, eventId);
        report(failed, JobStatus.FAILED, 10, 1, null, "시간 초과");

        String retry = api.post("/api/v1/jobs/" + failed + "/retry", null, owner.token())
                .text("jobId");

        List<Received> requests =
                Messages.await(AiRecommendationRequested.TOPIC, eventId, 2, Duration.ofSeconds(20), Duration.ZERO);
        assertThat(requests)
                .extracting(r -> r.payload().path("jobId").asString())
                .containsExactly(failed, retry);
        assertThat(jdbc.queryForObject("SELECT retry_of::text FROM jobs WHERE job_id = ?::uuid", String.class, retry))
                .isEqualTo(failed);
    }

    @Test
    void theStatusIsReadFromRedisAndFromPostgresWhenRedisHasLostIt() {
        String jobId = wizard.requestPlans(owner, eventId);
        report(jobId, JobStatus.PROCESSING, 70, 1, "이미지 구성 중");
        String key = "job:status:" + jobId;
        assertThat(redis.opsForHash().get(key, "progress")).isEqualTo("70");

        redis.delete(key);
        Response fromPostgres = api.get("/api/v1/jobs/" + jobId, owner.token());

        assertThat(fromPostgres.status()).isEqualTo(200);
        assertThat(fromPostgres.json().path("progress").asInt()).isEqualTo(70);
        assertThat(fromPostgres.text("message")).isEqualTo("이미지 구성 중");
        assertThat(redis.opsForHash().get(key, "progress")).as("cached again").isEqualTo("70");
        assertThat(redis.getExpire(key)).isBetween(590L, 600L);
    }

    @Test
    void aStatusChangeMissedByAnUnresponsiveRedisIsNeverServedStale() {
        String jobId = wizard.requestPlans(owner, eventId);
        report(jobId, JobStatus.PROCESSING, 40, 1, "분석 중");
        assertThat(api.get("/api/v1/jobs/" + jobId, owner.token()).text("status"))
                .isEqualTo("PROCESSING");

        RedisOutage.pause(redis, Duration.ofMillis(2500));
        report(jobId, JobStatus.COMPLETED, 100, 2, "완료");
        Response during = api.get("/api/v1/jobs/" + jobId, owner.token());

        assertThat(during.status()).isEqualTo(200);
        assertThat(during.text("status")).as("read from PostgreSQL").isEqualTo("COMPLETED");
        // Redis answers again: the missed write is redone from PostgreSQL, the old PROCESSING is not served
        await().atMost(Duration.ofSeconds(15))
                .ignoreExceptions()
                .until(() -> "COMPLETED".equals(redis.opsForHash().get("job:status:" + jobId, "status")));
        assertThat(api.get("/api/v1/jobs/" + jobId, owner.token()).text("status"))
                .isEqualTo("COMPLETED");
    }

    @Test
    void anUnknownJobIsNotFound() {
        Response response = api.get("/api/v1/jobs/" + UUID.randomUUID(), owner.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/not-a-uuid", owner.token()).status()).isEqualTo(400);
    }

    private void report(String jobId, JobStatus status, int progress, int step, String message) {
        report(jobId, status, progress, step, message, null);
    }

    private void report(String jobId, JobStatus status, int progress, int step, String message, String error) {
        Messages.deliver(
                JobProgressed.of(
                        UUID.fromString(jobId),
                        UUID.fromString(eventId),
                        JobType.AI_RECOMMENDATION,
                        status,
                        progress,
                        step,
                        message,
                        error),
                "ai-service",
                jdbc);
    }

    private void assertJob(String jobId, String status, int progress, String message) {
        Response job = api.get("/api/v1/jobs/" + jobId, owner.token());
        assertThat(job.status()).isEqualTo(200);
        assertThat(job.text("status")).isEqualTo(status);
        assertThat(job.json().path("progress").asInt()).isEqualTo(progress);
        assertThat(job.text("message")).isEqualTo(message);
        assertThat(jdbc.queryForObject("SELECT status FROM jobs WHERE job_id = ?::uuid", String.class, jobId))
                .isEqualTo(status);
    }
}
