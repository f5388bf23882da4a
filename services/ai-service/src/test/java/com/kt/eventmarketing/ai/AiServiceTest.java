package com.kt.eventmarketing.ai;

import com.kt.eventmarketing.common.testing.UseEmbeddedEngines;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The AI service on a random port against the embedded engines, with OpenAI configured as its LLM
 * and pointed at {@link LlmStub} (a local HTTP server speaking the OpenAI API), so every test can
 * choose what "the LLM" does. One cached context for the whole module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LlmStub.Starter.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=ai-service",
            "kt.ai.provider=openai",
            "spring.ai.openai.base-url=http://localhost:${kt.test.llm-port}/v1",
            "spring.ai.openai.api-key=test-key",
            "kt.ai.llm.timeout=1500ms",
            "kt.ai.llm.retry-wait=50ms",
            "kt.ai.llm.breaker-open-for=2s"
        })
@UseEmbeddedEngines(database = "ai_service")
public @interface AiServiceTest {}
