package com.kt.eventmarketing.ai.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.ai.AiServiceTest;
import com.kt.eventmarketing.ai.LlmStub;
import com.kt.eventmarketing.ai.Messages;
import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.ai.StoreMother.Situation;
import com.kt.eventmarketing.ai.planning.domain.Engine;
import com.kt.eventmarketing.ai.planning.domain.PlanRequest;
import com.kt.eventmarketing.ai.planning.llm.LlmPlanner;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job on the real broker: a request, progress in steps, exactly one answer with three plans. */
@AiServiceTest
class RecommendationJobIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LlmPlanner llm;

    private final Engine engine = new Engine();

    @BeforeEach
    void llmAnswersWell() {
        LlmStub.reset();
        llm.breaker().reset();
    }

    @Test
    void aRequestIsReportedInStepsAndAnsweredWithThreeValidPlans() {
        Situation situation = StoreMother.seoulBeautySalonBeforeChristmas();
        LlmStub.openAiAnswers(LlmStub.plansJson(engine.plan(situation), "[GPT]"), 0);
        AiRecommendationRequested request = request(situation);

        Messages.send(request);

        AiRecommendationCompleted completed =
                completions(request, Duration.ZERO).getFirst();
        assertThat(completed.jobId()).isEqualTo(request.jobId());
        assertThat(completed.source()).isEqualTo("OPENAI");
        assertThat(completed.plans())
                .extracting(EventPlan::budgetLevel)
                .containsExactly(BudgetLevel.LOW, BudgetLevel.MEDIUM, BudgetLevel.HIGH);
        assertThat(completed.plans())
                .allSatisfy(plan -> assertThat(plan.eventName()).startsWith("[GPT]"));
        PlanRequest planRequest =
                PlanRequest.of(situation.store(), situation.objective(), situation.referenceDate(), Engine.KNOWLEDGE);
        assertThat(engine.rules().problems(completed.plans(), planRequest, planRequest.averageSpend()))
                .isEmpty();

        List<JobProgressed> progress = progress(request, 4);
        assertThat(progress).extracting(JobProgressed::step).containsExactly(1, 2, 3, 4);
        assertThat(progress).extracting(JobProgressed::progress).containsExactly(10, 40, 80, 100);
        assertThat(progress)
                .extracting(JobProgressed::status)
                .containsExactly(JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.PROCESSING, JobStatus.COMPLETED);
        assertThat(progress).allSatisfy(report -> {
            assertThat(report.jobType()).isEqualTo(JobType.AI_RECOMMENDATION);
            assertThat(report.eventId()).isEqualTo(request.eventId());
            assertThat(report.message()).isNotBlank();
        });
        assertThat(progress.get(0).message()).contains("매장 정보 확인");
        assertThat(progress.get(1).message()).contains("트렌드 분석");
        assertThat(progress.get(2).message()).contains("이벤트 기획안 작성");

        // the prompt carried the store and the trend analysis
        String prompt = LlmStub.requests("/v1/chat/completions").getFirst().getBodyAsString();
        assertThat(prompt).contains("헤어살롱 연남").contains("트렌드 분석").contains("크리스마스");
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM recommendation_jobs WHERE job_id = ?", String.class, request.jobId()))
                .isEqualTo("COMPLETED");
    }

    @Test
    void aRepeatedRequestIsAnsweredOnce() {
        Situation situation = StoreMother.gyeonggiBakeryBeforeSeollal();
        LlmStub.openAiAnswers(LlmStub.plansJson(engine.plan(situation), "[GPT]"), 0);
        AiRecommendationRequested request = request(situation);
        // the same message redelivered, and the same job asked again in a new message
        AiRecommendationRequested sameJobAgain = new AiRecommendationRequested(
                UUID.randomUUID(),
                Instant.now(),
                request.jobId(),
                request.eventId(),
                request.userId(),
                request.store(),
                request.objective(),
                request.referenceDate());

        Messages.send(request);
        Messages.send(request);
        Messages.send(sameJobAgain);

        List<AiRecommendationCompleted> completions = completions(request, Duration.ofSeconds(4));
        assertThat(completions).hasSize(1);
        List<JobProgressed> progress = progress(request, 4);
        assertThat(progress)
                .filteredOn(report -> report.status() == JobStatus.COMPLETED)
                .hasSize(1);
        assertThat(progress).extracting(JobProgressed::step).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM recommendation_jobs WHERE job_id = ?", Integer.class, request.jobId()))
                .isEqualTo(1);
    }

    @Test
    void aRequestWithoutAStoreFailsTheJobSayingWhy() {
        AiRecommendationRequested request = AiRecommendationRequested.of(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                com.kt.eventmarketing.contracts.event.Objective.SALES,
                null);

        Messages.send(request);

        List<JobProgressed> progress = Messages.read(
                JobProgressed.TOPIC,
                request.key(),
                JobProgressed.class,
                found -> !found.isEmpty(),
                Duration.ofSeconds(20),
                Duration.ofSeconds(1));
        assertThat(progress).hasSize(1);
        assertThat(progress.getFirst().status()).isEqualTo(JobStatus.FAILED);
        assertThat(progress.getFirst().errorMessage()).contains("매장 정보");
        assertThat(completions(request, Duration.ZERO, Duration.ofSeconds(1))).isEmpty();
    }

    static AiRecommendationRequested request(Situation situation) {
        StoreSnapshot store = situation.store();
        return AiRecommendationRequested.of(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                store,
                situation.objective(),
                situation.referenceDate());
    }

    static List<AiRecommendationCompleted> completions(AiRecommendationRequested request, Duration settle) {
        return completions(request, settle, Duration.ofSeconds(30));
    }

    static List<AiRecommendationCompleted> completions(
            AiRecommendationRequested request, Duration settle, Duration within) {
        return Messages.read(
                        AiRecommendationCompleted.TOPIC,
                        request.key(),
                        AiRecommendationCompleted.class,
                        found -> found.stream().anyMatch(c -> c.jobId().equals(request.jobId())),
                        within,
                        settle)
                .stream()
                .filter(completed -> completed.jobId().equals(request.jobId()))
                .toList();
    }

    static List<JobProgressed> progress(AiRecommendationRequested request, int reports) {
        return Messages.read(
                        JobProgressed.TOPIC,
                        request.key(),
                        JobProgressed.class,
                        found -> found.size() >= reports,
                        Duration.ofSeconds(20),
                        Duration.ofMillis(500))
                .stream()
                .filter(report -> report.jobId().equals(request.jobId()))
                .sorted(Comparator.comparingInt(JobProgressed::step))
                .toList();
    }
}
