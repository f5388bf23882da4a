package com.kt.eventmarketing.content.rendering;

/** What a text block of an image says. */
public enum TextRole {
    STORE_NAME,
    EVENT_NAME,
    BENEFIT,
    PERIOD,
    CALL_TO_ACTION
}
