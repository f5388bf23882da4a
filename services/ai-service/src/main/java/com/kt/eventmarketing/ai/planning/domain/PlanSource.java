package com.kt.eventmarketing.ai.planning.domain;

/** What wrote a set of plans. */
public enum PlanSource {
    BUILT_IN,
    OPENAI,
    ANTHROPIC,
    OLLAMA,
    /** An LLM was configured but failed (timeout, error, unusable answer): the built-in engine answered. */
    BUILT_IN_FALLBACK
}
