package com.kt.eventmarketing.contracts.job;

/** PENDING → PROCESSING → COMPLETED or FAILED. */
public enum JobStatus {
    PENDING,
    PROCESSING,
    COMPLETED,
    FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
