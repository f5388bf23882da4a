package com.kt.eventmarketing.content.design.domain;

/**
 * What an image says. {@code benefit} and {@code period} may be empty (the block is left out);
 * {@code eventName}, {@code storeName} and {@code callToAction} never are.
 */
public record PosterTexts(String eventName, String benefit, String period, String storeName, String callToAction) {

    public static final String DEFAULT_CALL_TO_ACTION = "QR 찍고 참여하기";

    public PosterTexts {
        eventName = clean(eventName);
        benefit = clean(benefit);
        period = clean(period);
        storeName = clean(storeName);
        callToAction = clean(callToAction).isEmpty() ? DEFAULT_CALL_TO_ACTION : clean(callToAction);
        if (eventName.isEmpty() || storeName.isEmpty()) {
            throw new IllegalArgumentException("an image needs the event name and the store name");
        }
    }

    /** Collapses runs of whitespace (line breaks included: the layout decides where lines break). */
    static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
