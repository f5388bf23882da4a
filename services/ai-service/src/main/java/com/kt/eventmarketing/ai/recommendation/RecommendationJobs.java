package com.kt.eventmarketing.ai.recommendation;

import com.kt.eventmarketing.ai.planning.Planning;
import com.kt.eventmarketing.ai.planning.domain.PlanRequest;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.ai.planning.domain.PlanSource;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * AI recommendation jobs: a request is accepted (job recorded, first progress report), then run in
 * steps — trend analysis, plan writing — each reported as it starts, and answered with exactly three
 * plans. Every report and the answer commit with the job's state (outbox); the job completes or
 * fails once, so a repeated request never produces a second answer.
 */
@Service
public class RecommendationJobs {

    static final int ACCEPTED = 10;
    static final int ANALYZING = 40;
    static final int WRITING = 80;

    private static final Logger log = LoggerFactory.getLogger(RecommendationJobs.class);

    private final Jobs jobs;
    private final Planning planning;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RecommendationJobs(
            Jobs jobs,
            Planning planning,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jobs = jobs;
        this.planning = planning;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Accepts a request: records the job and reports it; the job runs after this commits. */
    @Transactional
    public void on(AiRecommendationRequested request) {
        String problem = problemOf(request);
        RecommendationJob.Status status =
                problem == null ? RecommendationJob.Status.PROCESSING : RecommendationJob.Status.FAILED;
        if (!jobs.insert(request, status, problem, clock.instant())) {
            log.info("Job {} is known already; the repeated request is not answered twice", request.jobId());
            return;
        }
        if (problem != null) {
            report(request.jobId(), request.eventId(), JobStatus.FAILED, 0, 1, "요청을 처리할 수 없습니다", problem);
            return;
        }
        int step = jobs.advance(request.jobId(), ACCEPTED, clock.instant()).orElseThrow();
        report(
                request.jobId(),
                request.eventId(),
                JobStatus.PROCESSING,
                ACCEPTED,
                step,
                "매장 정보 확인: " + request.store().storeName(),
                null);
        events.publishEvent(new RecommendationJobAccepted(request.jobId()));
    }

    /** Runs an accepted job to its end; does nothing for a job that already ended. */
    public void run(UUID jobId) {
        RecommendationJob job = jobs.find(jobId).orElse(null);
        if (job == null || job.status() != RecommendationJob.Status.PROCESSING) {
            return;
        }
        AiRecommendationRequested request = job.request();
        try {
            PlanRequest planRequest = planning.request(request.store(), request.objective(), referenceDate(request));
            progress(
                    job,
                    ANALYZING,
                    "트렌드 분석: " + request.objective().koreanName() + " · "
                            + (planRequest.region() == null ? "" : planRequest.region() + " · ")
                            + planRequest.season().season().koreanName() + " 시즌");
            TrendAnalysis analysis = planning.analyze(planRequest);
            PlanSource writer = planning.writer();
            progress(job, WRITING, writer == PlanSource.BUILT_IN ? "이벤트 기획안 작성" : "이벤트 기획안 작성 (AI 모델 " + writer + ")");
            PlanSet plans = planning.plan(analysis);
            complete(job, plans);
        } catch (RuntimeException e) {
            log.error("Recommendation job {} failed", jobId, e);
            fail(job, "기획안을 만드는 중 오류가 발생했습니다. 잠시 후 다시 요청해 주세요. (작업 " + jobId + ")");
        }
    }

    private void progress(RecommendationJob job, int progress, String message) {
        transactions.executeWithoutResult(status -> jobs.advance(job.jobId(), progress, clock.instant())
                .ifPresent(step ->
                        report(job.jobId(), job.eventId(), JobStatus.PROCESSING, progress, step, message, null)));
    }

    private void complete(RecommendationJob job, PlanSet plans) {
        transactions.executeWithoutResult(status -> {
            OptionalInt step = jobs.complete(job.jobId(), plans, clock.instant());
            if (step.isEmpty()) {
                return; // another run of the same job answered first
            }
            String message =
                    plans.source() == PlanSource.BUILT_IN_FALLBACK ? "기획안 3개 완성 (AI 모델 대신 기본 엔진 사용)" : "기획안 3개 완성";
            report(job.jobId(), job.eventId(), JobStatus.COMPLETED, 100, step.getAsInt(), message, null);
            events.publishEvent(AiRecommendationCompleted.of(
                    job.jobId(), job.eventId(), plans.source().name(), plans.plans()));
        });
    }

    private void fail(RecommendationJob job, String error) {
        transactions.executeWithoutResult(status -> jobs.fail(job.jobId(), error, clock.instant())
                .ifPresent(step -> report(job.jobId(), job.eventId(), JobStatus.FAILED, 80, step, "기획안 작성 실패", error)));
    }

    private void report(
            UUID jobId, UUID eventId, JobStatus status, int progress, int step, String message, String error) {
        events.publishEvent(
                JobProgressed.of(jobId, eventId, JobType.AI_RECOMMENDATION, status, progress, step, message, error));
    }

    private LocalDate referenceDate(AiRecommendationRequested request) {
        return request.referenceDate() != null ? request.referenceDate() : LocalDate.now(clock);
    }

    private static String problemOf(AiRecommendationRequested request) {
        if (request.store() == null || request.store().storeId() == null) {
            return "요청에 매장 정보가 없습니다.";
        }
        if (request.objective() == null) {
            return "요청에 이벤트 목표가 없습니다.";
        }
        return null;
    }
}
