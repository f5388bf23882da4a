package com.kt.eventmarketing.ai.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.ai.AiServiceTest;
import com.kt.eventmarketing.ai.LlmStub;
import com.kt.eventmarketing.ai.Messages;
import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.ai.planning.domain.Engine;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.ai.planning.llm.LlmPlanner;
import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.job.JobStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whatever the LLM does wrong, the owner still gets three plans, and the answer says who wrote them. */
@AiServiceTest
class LlmFallbackIT {

    @Autowired
    LlmPlanner llm;

    @Autowired
    JdbcTemplate jdbc;

    private final Engine engine = new Engine();

    @BeforeEach
    void freshBreaker() {
        LlmStub.reset();
        llm.breaker().reset();
    }

    @Test
    void anLlmThatTimesOutIsReplacedByTheBuiltInEngine() {
        LlmStub.openAiAnswers(LlmStub.plansJson(engine.plan(StoreMother.jejuCafeInSpring()), "[GPT]"), 4000);

        AiRecommendationCompleted completed = answerTo(StoreMother.jejuCafeInSpring());

        assertFallback(completed, StoreMother.jejuCafeInSpring(), "시간 초과");
    }

    @Test
    void anLlmThatAnswersWithAnErrorIsReplacedByTheBuiltInEngine() {
        LlmStub.failsWith(500);

        AiRecommendationCompleted completed = answerTo(StoreMother.daeguFitnessInJanuary());

        assertFallback(completed, StoreMother.daeguFitnessInJanuary(), "호출 오류");
        assertThat(LlmStub.requests("/v1/chat/completions")).hasSize(2); // one retry, then the fallback
    }

    @Test
    void anLlmThatAnswersWithGarbageIsReplacedByTheBuiltInEngine() {
        LlmStub.openAiAnswers("죄송합니다. 지금은 기획안을 만들 수 없습니다. {\"plans\": [ 이것은 JSON이 아닙니다", 0);

        AiRecommendationCompleted completed = answerTo(StoreMother.busanRestaurantInAugust());

        assertFallback(completed, StoreMother.busanRestaurantInAugust(), "해석할 수 없음");
    }

    @Test
    void anLlmWhosePlansBreakTheRulesIsReplacedByTheBuiltInEngine() {
        PlanSet plans = engine.plan(StoreMother.seoulAcademyBeforeSuneung());
        // two plans only, and the same promotion type twice
        PlanSet broken = new PlanSet(
                plans.source(), List.of(plans.plans().get(0), plans.plans().get(0)), null);
        LlmStub.openAiAnswers(LlmStub.plansJson(broken, "[GPT]"), 0);

        AiRecommendationCompleted completed = answerTo(StoreMother.seoulAcademyBeforeSuneung());

        assertFallback(completed, StoreMother.seoulAcademyBeforeSuneung(), "검증");
    }

    private static AiRecommendationCompleted answerTo(StoreMother.Situation situation) {
        AiRecommendationRequested request = RecommendationJobIT.request(situation);
        Messages.send(request);
        List<AiRecommendationCompleted> completions = RecommendationJobIT.completions(request, Duration.ZERO);
        assertThat(completions).hasSize(1);
        List<JobProgressed> progress = RecommendationJobIT.progress(request, 4);
        assertThat(progress.getLast().status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(progress.getLast().message()).contains("기본 엔진");
        return completions.getFirst();
    }

    private void assertFallback(AiRecommendationCompleted completed, StoreMother.Situation situation, String reason) {
        assertThat(completed.source()).isEqualTo("BUILT_IN_FALLBACK");
        List<EventPlan> expected = engine.plan(situation).plans();
        // the built-in engine's plans for this request, as the engine writes them without the LLM
        assertThat(completed.plans()).hasSize(3);
        assertThat(completed.plans())
                .extracting(EventPlan::eventName)
                .containsExactlyElementsOf(
                        expected.stream().map(EventPlan::eventName).toList());
        assertThat(jdbc.queryForObject(
                        "SELECT note FROM recommendation_jobs WHERE job_id = ?", String.class, completed.jobId()))
                .contains(reason);
    }
}
