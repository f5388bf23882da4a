package com.kt.eventmarketing.contracts.ai;

/** The three budget levels the AI proposes one plan each for. */
public enum BudgetLevel {
    LOW,
    MEDIUM,
    HIGH
}
