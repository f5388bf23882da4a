package com.kt.eventmarketing.ai.planning.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.ai.StoreMother;
import com.kt.eventmarketing.ai.planning.domain.Engine;
import com.kt.eventmarketing.ai.planning.domain.PlanSet;
import com.kt.eventmarketing.ai.planning.domain.PlanSource;
import com.kt.eventmarketing.ai.planning.domain.TrendAnalysis;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

class CircuitBreakerTests {

    private final Engine engine = new Engine();
    private final TrendAnalysis analysis = engine.analyze(StoreMother.jejuCafeInSpring());
    private final AtomicInteger calls = new AtomicInteger();

    private final ChatModel broken = new ChatModel() {
        @Override
        public ChatResponse call(Prompt prompt) {
            calls.incrementAndGet();
            throw new IllegalStateException("503 Service Unavailable");
        }
    };

    @Test
    void aProviderThatKeepsFailingIsNoLongerCalledWithinTenRequests() {
        LlmProperties properties = new LlmProperties();
        properties.setTimeout(Duration.ofSeconds(2));
        CircuitBreaker breaker = CircuitBreaker.of(
                "llm",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofMinutes(1))
                        .recordExceptions(LlmFailure.class)
                        .build());
        Retry retry = Retry.of(
                "llm",
                RetryConfig.custom()
                        .maxAttempts(2)
                        .waitDuration(Duration.ofMillis(1))
                        .retryExceptions(LlmFailure.class)
                        .build());
        LlmPlanner planner = new LlmPlanner(
                broken,
                PlanSource.OPENAI,
                Engine.KNOWLEDGE,
                engine.rules(),
                properties,
                breaker,
                retry,
                Executors.newVirtualThreadPerTaskExecutor());

        for (int request = 0; request < 10; request++) {
            PlanSet plans = planner.plan(analysis, engine::plan);
            assertThat(plans.source()).isEqualTo(PlanSource.BUILT_IN_FALLBACK);
            assertThat(plans.plans()).hasSize(3);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        // 5 failed calls open the breaker (3 requests, the third one's retry refused); then no more calls
        assertThat(calls.get()).isEqualTo(5);
        assertThat(planner.plan(analysis, engine::plan).note()).contains("회로 차단기");
    }
}
