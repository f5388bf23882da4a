package com.kt.eventmarketing.contracts.distribution;

/** The state of one event × channel distribution. */
public enum DistributionStatus {
    PENDING,
    IN_PROGRESS,
    SUCCESS,
    FAILED
}
