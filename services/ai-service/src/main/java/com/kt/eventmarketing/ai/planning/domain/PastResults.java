package com.kt.eventmarketing.ai.planning.domain;

/** The platform's own record of past events, for learning (port; the outcomes feature implements it). */
public interface PastResults {

    PastPerformance of(Industry industry, String region);
}
