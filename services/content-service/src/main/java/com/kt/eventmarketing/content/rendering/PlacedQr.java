package com.kt.eventmarketing.content.rendering;

/**
 * The QR code where the layout put it: {@code card} is the light card with the quiet zone,
 * {@code code} the modules themselves, drawn 1:1 at {@code moduleSize} pixels per module.
 */
public record PlacedQr(Box card, Box code, int modules, int moduleSize, String content) {}
