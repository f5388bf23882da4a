package com.kt.eventmarketing.web.ui.wizard;

import java.util.Collection;
import java.util.Map;

/** The wizard's screens in order, and what of a draft each one fills. */
enum WizardStep {
    OBJECTIVE("objective"),
    PLANS("plans"),
    IMAGES("images"),
    CHANNELS("channels"),
    REVIEW("review");

    private final String path;

    WizardStep(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    static WizardStep of(String path) {
        for (WizardStep step : values()) {
            if (step.path.equals(path)) {
                return step;
            }
        }
        return null;
    }

    /** Where a draft was left: the first step whose piece is missing (the objective is set at creation). */
    static WizardStep resumeAt(Map<String, Object> event) {
        if (event.get("selectedRecommendationId") == null && isBlank(event.get("eventName"))) {
            return PLANS;
        }
        if (event.get("selectedImageId") == null) {
            return IMAGES;
        }
        if (!(event.get("channels") instanceof Collection<?> channels) || channels.isEmpty()) {
            return CHANNELS;
        }
        return REVIEW;
    }

    /** Whether this step's piece of the draft is there (shown as done in the progress bar). */
    boolean isDoneFor(Map<String, Object> event) {
        return switch (this) {
            case OBJECTIVE -> event.get("objective") != null;
            case PLANS -> event.get("selectedRecommendationId") != null || !isBlank(event.get("eventName"));
            case IMAGES -> event.get("selectedImageId") != null;
            case CHANNELS -> event.get("channels") instanceof Collection<?> channels && !channels.isEmpty();
            case REVIEW -> false;
        };
    }

    static boolean isBlank(Object text) {
        return text == null || text.toString().isBlank();
    }
}
