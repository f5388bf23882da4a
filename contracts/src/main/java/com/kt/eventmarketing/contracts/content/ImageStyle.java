package com.kt.eventmarketing.contracts.content;

/** The three design languages of promotional images. */
public enum ImageStyle {
    SIMPLE,
    FANCY,
    TRENDY
}
