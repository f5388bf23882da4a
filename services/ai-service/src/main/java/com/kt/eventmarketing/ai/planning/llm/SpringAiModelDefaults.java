package com.kt.eventmarketing.ai.planning.llm;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring AI's auto-configurations create a model for every provider on the classpath unless told
 * otherwise, and the OpenAI one refuses to start without a key. This service carries three providers,
 * and in the launcher every service shares its classpath: so by default no Spring AI model is created
 * in any context ({@code none}, lowest precedence). The AI service's own configuration picks its chat
 * provider; nothing else changes for the other services.
 */
public class SpringAiModelDefaults implements EnvironmentPostProcessor {

    static final String NAME = "kt-spring-ai-model-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(NAME)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        NAME,
                        Map.of(
                                "spring.ai.model.chat", "none",
                                "spring.ai.model.embedding", "none",
                                "spring.ai.model.embedding.text", "none",
                                "spring.ai.model.embedding.multimodal", "none",
                                "spring.ai.model.image", "none",
                                "spring.ai.model.audio.transcription", "none",
                                "spring.ai.model.audio.speech", "none",
                                "spring.ai.model.moderation", "none")));
    }
}
