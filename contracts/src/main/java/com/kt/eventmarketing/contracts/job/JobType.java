package com.kt.eventmarketing.contracts.job;

public enum JobType {
    AI_RECOMMENDATION,
    IMAGE_GENERATION
}
