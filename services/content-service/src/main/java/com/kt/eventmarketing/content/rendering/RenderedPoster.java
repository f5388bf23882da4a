package com.kt.eventmarketing.content.rendering;

/**
 * A rendered image: the PNG, and for print posters the same page as PDF (else {@code null}), with
 * the composition it was drawn from.
 */
public record RenderedPoster(byte[] png, byte[] pdf, int width, int height, Composition composition) {}
