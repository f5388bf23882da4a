package com.kt.eventmarketing.ai.planning.domain;

/**
 * A budget level: the most a plan may cost ({@code envelope}), what print material costs
 * ({@code materials}: posters, table POP) and how many channels it uses.
 */
public record BudgetProfile(String label, long envelope, long materials, int channels) {}
