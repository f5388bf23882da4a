package com.kt.eventmarketing.ai.planning.domain;

/**
 * What a plan hangs on: a calendar moment, the season, or the store's quiet days. Three plans take
 * different angles where there are three worth taking.
 */
record Angle(Kind kind, TrendAnalysis.MomentOutlook moment, double relevance) {

    enum Kind {
        MOMENT,
        SEASON,
        WEEKDAY
    }

    String key() {
        return kind == Kind.MOMENT ? "MOMENT:" + moment.profile().key() : kind.name();
    }
}
