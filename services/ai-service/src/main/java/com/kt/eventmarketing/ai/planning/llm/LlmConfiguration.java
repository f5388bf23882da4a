package com.kt.eventmarketing.ai.planning.llm;

import com.kt.eventmarketing.ai.planning.domain.KnowledgeBase;
import com.kt.eventmarketing.ai.planning.domain.PlanRules;
import com.kt.eventmarketing.ai.planning.domain.PlanSource;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The LLM route. Spring AI creates the chat model of the provider named by
 * {@code spring.ai.model.chat}; with {@code none} (the default) there is none and the built-in engine
 * plans alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

    @Bean(destroyMethod = "close")
    ExecutorService llmCalls() {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("llm-call-", 0).factory());
    }

    @Bean
    LlmPlanner llmPlanner(
            ObjectProvider<ChatModel> models,
            @Value("${spring.ai.model.chat:none}") String provider,
            KnowledgeBase knowledge,
            PlanRules rules,
            LlmProperties properties,
            ObjectProvider<MeterRegistry> meters,
            ExecutorService llmCalls) {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.getBreakerWindow())
                .minimumNumberOfCalls(properties.getBreakerMinimumCalls())
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.getBreakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordExceptions(LlmFailure.class)
                .build());
        CircuitBreaker breaker = breakers.circuitBreaker("llm-" + provider.toLowerCase(Locale.ROOT));
        meters.ifAvailable(registry ->
                TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry));
        Retry retry = Retry.of(
                "llm",
                RetryConfig.custom()
                        .maxAttempts(Math.max(1, properties.getAttempts()))
                        .waitDuration(properties.getRetryWait())
                        .retryExceptions(LlmFailure.class)
                        .build());
        ChatModel model = models.getIfUnique();
        return new LlmPlanner(model, source(provider), knowledge, rules, properties, breaker, retry, llmCalls);
    }

    private static PlanSource source(String provider) {
        return switch (provider.strip().toLowerCase(Locale.ROOT)) {
            case "openai" -> PlanSource.OPENAI;
            case "anthropic" -> PlanSource.ANTHROPIC;
            case "ollama" -> PlanSource.OLLAMA;
            default -> PlanSource.BUILT_IN;
        };
    }
}
