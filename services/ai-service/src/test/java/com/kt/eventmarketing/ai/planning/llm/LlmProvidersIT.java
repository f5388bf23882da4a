package com.kt.eventmarketing.ai.planning.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.ai.LlmStub;
import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.ai.planning.domain.Engine;
import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PlanRules;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.ai.planning.domain.PlanSource;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.model.anthropic.autoconfigure.AnthropicChatAutoConfiguration;
import org.springframework.ai.model.ollama.autoconfigure.OllamaApiAutoConfiguration;
import org.springframework.ai.model.ollama.autoconfigure.OllamaChatAutoConfiguration;
import org.springframework.ai.model.openai.autoconfigure.OpenAiChatAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The provider is configuration: {@code spring.ai.model.chat} picks Anthropic or Ollama (OpenAI: see
 * the recommendation ITs), each spoken to over its own HTTP API — here a local stub — and parsed into
 * the same plans; with {@code none} no model exists and the built-in engine plans.
 */
class LlmProvidersIT {

    private final Engine engine = new Engine();
    private final TrendAnalysis analysis = engine.analyze(StoreMother.seoulAcademyBeforeSuneung());

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    ToolCallingAutoConfiguration.class,
                    SpringAiRetryAutoConfiguration.class,
                    RestClientAutoConfiguration.class,
                    OpenAiChatAutoConfiguration.class,
                    AnthropicChatAutoConfiguration.class,
                    OllamaApiAutoConfiguration.class,
                    OllamaChatAutoConfiguration.class))
            .withUserConfiguration(PlanningBeans.class, LlmConfiguration.class)
            .withPropertyValues(
                    "spring.ai.openai.api-key=unused",
                    "spring.ai.retry.max-attempts=1",
                    "spring.ai.anthropic.max-retries=0",
                    "kt.ai.llm.timeout=3s",
                    "kt.ai.llm.retry-wait=10ms");

    @BeforeEach
    void resetStub() {
        LlmStub.reset();
    }

    @Test
    void anthropicWritesThePlansWhenConfigured() {
        LlmStub.anthropicAnswers(LlmStub.plansJson(engine.plan(analysis), "[Claude]"));

        contexts.withPropertyValues(
                        "spring.ai.model.chat=anthropic",
                        "spring.ai.anthropic.base-url=" + LlmStub.baseUrl(),
                        "spring.ai.anthropic.api-key=test-key")
                .run(context -> {
                    LlmPlanner planner = context.getBean(LlmPlanner.class);
                    assertThat(planner.source()).isEqualTo(PlanSource.ANTHROPIC);

                    PlanSet plans = planner.plan(analysis, engine::plan);

                    assertThat(plans.source()).isEqualTo(PlanSource.ANTHROPIC);
                    assertThat(plans.plans())
                            .extracting(EventPlan::eventName)
                            .allMatch(name -> name.startsWith("[Claude]"));
                    String body = LlmStub.requests("/v1/messages").getFirst().getBodyAsString();
                    assertThat(body).contains("대치 수학의 정석 학원").contains("수능");
                });
    }

    @Test
    void ollamaWritesThePlansWhenConfigured() {
        LlmStub.ollamaAnswers(LlmStub.plansJson(engine.plan(analysis), "[Qwen]"));

        contexts.withPropertyValues("spring.ai.model.chat=ollama", "spring.ai.ollama.base-url=" + LlmStub.baseUrl())
                .run(context -> {
                    LlmPlanner planner = context.getBean(LlmPlanner.class);

                    PlanSet plans = planner.plan(analysis, engine::plan);

                    assertThat(plans.source()).isEqualTo(PlanSource.OLLAMA);
                    assertThat(plans.plans())
                            .extracting(EventPlan::eventName)
                            .allMatch(name -> name.startsWith("[Qwen]"));
                });
    }

    @Test
    void aFailingAnthropicFallsBackToTheBuiltInEngine() {
        LlmStub.failsWith(529);

        contexts.withPropertyValues(
                        "spring.ai.model.chat=anthropic",
                        "spring.ai.anthropic.base-url=" + LlmStub.baseUrl(),
                        "spring.ai.anthropic.api-key=test-key")
                .run(context -> {
                    PlanSet plans = context.getBean(LlmPlanner.class).plan(analysis, engine::plan);

                    assertThat(plans.source()).isEqualTo(PlanSource.BUILT_IN_FALLBACK);
                    assertThat(plans.plans()).isEqualTo(engine.plan(analysis).plans());
                });
    }

    @Test
    void withoutAProviderNoModelExistsAndTheBuiltInEnginePlans() {
        contexts.withPropertyValues("spring.ai.model.chat=none").run(context -> {
            assertThat(context).doesNotHaveBean(ChatModel.class);
            LlmPlanner planner = context.getBean(LlmPlanner.class);
            assertThat(planner.enabled()).isFalse();

            assertThat(planner.plan(analysis, engine::plan).source()).isEqualTo(PlanSource.BUILT_IN);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class PlanningBeans {

        @Bean
        KnowledgeBase knowledgeBase() {
            return Engine.KNOWLEDGE;
        }

        @Bean
        PlanRules planRules(KnowledgeBase knowledge) {
            return new PlanRules(knowledge);
        }
    }
}
