package com.kt.eventmarketing.ai.planning.domain;

/** How valuable a prize or benefit is: a small treat, a real gift, a grand prize. */
public enum Tier {
    SMALL,
    MEDIUM,
    GRAND
}
