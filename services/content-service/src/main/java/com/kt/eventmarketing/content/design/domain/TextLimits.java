package com.kt.eventmarketing.content.design.domain;

import java.util.Optional;

/**
 * How long each text of an image may be, in characters. The limits keep the headline legible at
 * poster distance; longer texts would only ever be shrunk to the minimum size and cut.
 */
public enum TextLimits {
    EVENT_NAME("eventName", 40, true),
    BENEFIT("benefit", 60, false),
    PERIOD("period", 40, false),
    STORE_NAME("storeName", 30, true),
    CALL_TO_ACTION("callToAction", 20, false);

    private final String field;
    private final int maxLength;
    private final boolean required;

    TextLimits(String field, int maxLength, boolean required) {
        this.field = field;
        this.maxLength = maxLength;
        this.required = required;
    }

    public String field() {
        return field;
    }

    public int maxLength() {
        return maxLength;
    }

    /** What is wrong with a new value of this text, if anything ({@code null} means unchanged). */
    public Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.isBlank()) {
            return Optional.of(required ? "must not be empty" : "must not be blank (leave the field out to keep it)");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            return Optional.of("must not contain control characters");
        }
        int length = PosterTexts.clean(text)
                .codePointCount(0, PosterTexts.clean(text).length());
        if (length > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters (it has " + length + ")");
        }
        return Optional.empty();
    }
}
