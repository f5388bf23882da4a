package com.kt.eventmarketing.content.design.domain;

/**
 * Where the QR code sits: in a bottom corner, or centred at the bottom (on wide images, which have
 * their QR in a side column, {@code CENTER} takes the right column).
 */
public enum QrPosition {
    LEFT,
    CENTER,
    RIGHT
}
