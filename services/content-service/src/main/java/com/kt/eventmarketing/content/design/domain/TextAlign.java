package com.kt.eventmarketing.content.design.domain;

/** How the text blocks of an image line up. */
public enum TextAlign {
    LEFT,
    CENTER,
    RIGHT
}
