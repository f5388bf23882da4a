package com.kt.eventmarketing.ai.planning.llm;

/** Why an LLM answer could not be used. */
class LlmFailure extends RuntimeException {

    enum Kind {
        TIMEOUT,
        ERROR,
        UNREADABLE,
        INVALID
    }

    private final Kind kind;

    LlmFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** What the plans' note and the logs say, without provider internals. */
    String summary() {
        return switch (kind) {
                    case TIMEOUT -> "LLM 응답 시간 초과";
                    case ERROR -> "LLM 호출 오류";
                    case UNREADABLE -> "LLM 응답을 해석할 수 없음";
                    case INVALID -> "LLM 기획안이 검증을 통과하지 못함";
                }
                + ": " + getMessage();
    }
}
