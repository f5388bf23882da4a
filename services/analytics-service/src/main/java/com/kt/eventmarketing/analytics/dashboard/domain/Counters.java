package com.kt.eventmarketing.analytics.dashboard.domain;

/** An event's counted figures. */
public record Counters(long views, long participants, long storeVisits, long winners, long marketingConsents) {}
