package com.kt.eventmarketing.event.lifecycle.domain;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A store's promotional event on its way DRAFT → PUBLISHED → ENDED. Immutable: every change returns the event as it
 * is afterwards. Only a draft is written to (content, plan, image, channels); a published event can only end.
 */
public record Event(
        UUID eventId,
        UUID userId,
        UUID storeId,
        String eventName,
        String description,
        Objective objective,
        LocalDate startDate,
        LocalDate endDate,
        EventStatus status,
        UUID selectedImageId,
        String selectedImageUrl,
        List<Channel> channels,
        UUID selectedRecommendationId,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant endedAt,
        String endReason) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 5000;
    public static final int MAX_IMAGE_URL_LENGTH = 500;

    /** The parts a publishable event must have, by their API names. */
    public static final String EVENT_NAME = "eventName";

    public static final String PERIOD = "period";
    public static final String SELECTED_IMAGE = "selectedImage";
    public static final String CHANNELS = "channels";

    public Event {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(status, "status");
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
            throw new IllegalArgumentException("start date " + startDate + " after end date " + endDate);
        }
    }

    /** A new draft with only its objective: the wizard fills the rest. */
    public static Event draft(UUID eventId, UUID userId, UUID storeId, Objective objective, Instant now) {
        return new Event(
                eventId,
                userId,
                storeId,
                null,
                null,
                objective,
                null,
                null,
                EventStatus.DRAFT,
                null,
                null,
                List.of(),
                null,
                now,
                now,
                null,
                null,
                null);
    }

    public boolean isDraft() {
        return status == EventStatus.DRAFT;
    }

    /** Rejects any change unless the event is a draft (409 {@code event-not-draft}). */
    public void requireDraft() {
        if (!isDraft()) {
            throw ProblemException.conflict(
                    "event-not-draft",
                    "Event " + eventId + " is " + status + ": only a draft can be changed.",
                    Map.of("status", status.name()));
        }
    }

    /** The owner's own writing: name, description, objective, period (and channels when given). */
    public Event edit(EventContent content, Instant now) {
        requireDraft();
        LocalDate start = content.startDate();
        LocalDate end = content.endDate();
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.invalid("endDate", "must not be before startDate");
        }
        return new Event(
                eventId,
                userId,
                storeId,
                text(content.eventName()),
                text(content.description()),
                content.objective() == null ? objective : content.objective(),
                start,
                end,
                status,
                selectedImageId,
                selectedImageUrl,
                content.channels() == null ? channels : distinct(content.channels()),
                selectedRecommendationId,
                createdAt,
                now,
                publishedAt,
                endedAt,
                endReason);
    }

    /** The distribution channels, in the owner's order, each once. */
    public Event chooseChannels(List<Channel> chosen, Instant now) {
        requireDraft();
        return withDraftChanges(eventName, description, startDate, endDate, distinct(chosen), now);
    }

    /**
     * Fills the draft from the chosen AI plan: its name, description, period and recommended channels (a plan
     * without a period or channels leaves the event's own).
     */
    public Event applyPlan(PlanChoice plan, Instant now) {
        requireDraft();
        boolean hasPeriod = plan.startDate() != null
                && plan.endDate() != null
                && !plan.startDate().isAfter(plan.endDate());
        List<Channel> planChannels = plan.recommendedChannels() == null ? List.of() : plan.recommendedChannels();
        Event filled = withDraftChanges(
                clip(text(plan.eventName()), MAX_NAME_LENGTH),
                text(plan.description()),
                hasPeriod ? plan.startDate() : startDate,
                hasPeriod ? plan.endDate() : endDate,
                planChannels.isEmpty() ? channels : distinct(planChannels),
                now);
        return new Event(
                eventId,
                userId,
                storeId,
                filled.eventName,
                filled.description,
                objective,
                filled.startDate,
                filled.endDate,
                status,
                selectedImageId,
                selectedImageUrl,
                filled.channels,
                plan.recommendationId(),
                createdAt,
                now,
                publishedAt,
                endedAt,
                endReason);
    }

    /** The promotional image that goes out with the event. */
    public Event selectImage(UUID imageId, String imageUrl, Instant now) {
        requireDraft();
        return new Event(
                eventId,
                userId,
                storeId,
                eventName,
                description,
                objective,
                startDate,
                endDate,
                status,
                imageId,
                imageUrl,
                channels,
                selectedRecommendationId,
                createdAt,
                now,
                publishedAt,
                endedAt,
                endReason);
    }

    /** What the event still lacks to be published, by API name; empty when it is complete. */
    public List<String> missingForPublication() {
        List<String> missing = new ArrayList<>();
        if (eventName == null) {
            missing.add(EVENT_NAME);
        }
        if (startDate == null || endDate == null) {
            missing.add(PERIOD);
        }
        if (selectedImageId == null) {
            missing.add(SELECTED_IMAGE);
        }
        if (channels.isEmpty()) {
            missing.add(CHANNELS);
        }
        return missing;
    }

    /** Images carry the event's name: without one there is nothing to render. */
    public List<String> missingForImages() {
        return eventName == null ? List.of(EVENT_NAME) : List.of();
    }

    /**
     * DRAFT → PUBLISHED, for a complete draft whose period has not begun before {@code today} (the owner's
     * calendar day).
     */
    public Transition publish(LocalDate today, Instant now) {
        if (!isDraft()) {
            return Transition.Refused.because(
                    "event-not-draft", "Event " + eventId + " is " + status + ": only a draft can be published.");
        }
        List<String> missing = missingForPublication();
        if (!missing.isEmpty()) {
            return new Transition.Refused(
                    "event-incomplete",
                    "The event cannot be published yet: it still needs " + String.join(", ", missing) + ".",
                    missing);
        }
        if (startDate.isBefore(today)) {
            return Transition.Refused.because(
                    "start-date-passed",
                    "The event starts on " + startDate + ", which has already passed (today is " + today
                            + "): move its period to today or later.");
        }
        return new Transition.Moved(new Event(
                eventId,
                userId,
                storeId,
                eventName,
                description,
                objective,
                startDate,
                endDate,
                EventStatus.PUBLISHED,
                selectedImageId,
                selectedImageUrl,
                channels,
                selectedRecommendationId,
                createdAt,
                now,
                now,
                null,
                null));
    }

    /** PUBLISHED → ENDED, by the owner ({@code MANUAL}) or at the end date ({@code END_DATE}). */
    public Transition end(String reason, Instant now) {
        return switch (status) {
            case DRAFT ->
                Transition.Refused.because(
                        "event-not-published",
                        "Event " + eventId + " is a draft: only a published event can end (a draft can be deleted).");
            case ENDED -> Transition.Refused.because("event-already-ended", "Event " + eventId + " has already ended.");
            case PUBLISHED ->
                new Transition.Moved(new Event(
                        eventId,
                        userId,
                        storeId,
                        eventName,
                        description,
                        objective,
                        startDate,
                        endDate,
                        EventStatus.ENDED,
                        selectedImageId,
                        selectedImageUrl,
                        channels,
                        selectedRecommendationId,
                        createdAt,
                        now,
                        publishedAt,
                        now,
                        reason));
        };
    }

    /** Whether a published event is past its end date on {@code today}: it then ends by itself. */
    public boolean isDueToEnd(LocalDate today) {
        return status == EventStatus.PUBLISHED && endDate != null && endDate.isBefore(today);
    }

    private Event withDraftChanges(
            String name, String text, LocalDate start, LocalDate end, List<Channel> chosen, Instant now) {
        return new Event(
                eventId,
                userId,
                storeId,
                name,
                text,
                objective,
                start,
                end,
                status,
                selectedImageId,
                selectedImageUrl,
                chosen,
                selectedRecommendationId,
                createdAt,
                now,
                publishedAt,
                endedAt,
                endReason);
    }

    private static List<Channel> distinct(List<Channel> channels) {
        return List.copyOf(
                new LinkedHashSet<>(channels.stream().filter(Objects::nonNull).toList()));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** At most {@code max} characters as PostgreSQL counts them (code points), never half an emoji. */
    private static String clip(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }
}
