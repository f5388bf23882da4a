package com.kt.eventmarketing.ai.planning.llm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kt.ai.llm.*}: how the configured LLM is guarded. Which LLM runs is Spring AI's
 * {@code spring.ai.model.chat} ({@code none}, {@code openai}, {@code anthropic}, {@code ollama}).
 */
@ConfigurationProperties("kt.ai.llm")
public class LlmProperties {

    /** The longest one LLM call may take before the built-in engine answers instead. */
    private Duration timeout = Duration.ofSeconds(20);

    /** Calls per request (first + retries) before falling back. */
    private int attempts = 2;

    /** Pause before a retry. */
    private Duration retryWait = Duration.ofMillis(500);

    /** Calls the circuit breaker judges at a time; it opens when half of them failed. */
    private int breakerWindow = 10;

    /** Calls needed before the breaker may open. */
    private int breakerMinimumCalls = 5;

    /** How long an open breaker sends every request straight to the built-in engine. */
    private Duration breakerOpenFor = Duration.ofSeconds(60);

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public Duration getRetryWait() {
        return retryWait;
    }

    public void setRetryWait(Duration retryWait) {
        this.retryWait = retryWait;
    }

    public int getBreakerWindow() {
        return breakerWindow;
    }

    public void setBreakerWindow(int breakerWindow) {
        this.breakerWindow = breakerWindow;
    }

    public int getBreakerMinimumCalls() {
        return breakerMinimumCalls;
    }

    public void setBreakerMinimumCalls(int breakerMinimumCalls) {
        this.breakerMinimumCalls = breakerMinimumCalls;
    }

    public Duration getBreakerOpenFor() {
        return breakerOpenFor;
    }

    public void setBreakerOpenFor(Duration breakerOpenFor) {
        this.breakerOpenFor = breakerOpenFor;
    }
}
