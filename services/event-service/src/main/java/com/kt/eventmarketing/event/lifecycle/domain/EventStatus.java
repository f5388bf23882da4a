package com.kt.eventmarketing.event.lifecycle.domain;

/** DRAFT → PUBLISHED → ENDED. Only a draft is edited; a published event can only be ended. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    ENDED
}
