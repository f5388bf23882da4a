package com.kt.eventmarketing.contracts.event;

/** What the owner wants the event to achieve. */
public enum Objective {
    NEW_CUSTOMERS("신규 고객 유치"),
    REVISIT("재방문 유도"),
    SALES("매출 증대"),
    AWARENESS("인지도 향상");

    private final String koreanName;

    Objective(String koreanName) {
        this.koreanName = koreanName;
    }

    public String koreanName() {
        return koreanName;
    }
}
