package com.kt.eventmarketing.event.images.domain;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which images to render: every style × platform combination of the order. Left out, styles and platforms default
 * to all of them (3 × 4 = 12 images); named twice, once.
 */
public record ImageOrder(List<ImageStyle> styles, List<ImagePlatform> platforms) {

    public ImageOrder {
        styles = List.copyOf(styles);
        platforms = List.copyOf(platforms);
    }

    /** The order as the owner gave it; an empty list (nothing to render) is refused, naming the field. */
    public static ImageOrder of(List<ImageStyle> styles, List<ImagePlatform> platforms) {
        if (styles != null && styles.stream().noneMatch(Objects::nonNull)) {
            throw ProblemException.invalid("styles", "must name at least one style, or be left out for all");
        }
        if (platforms != null && platforms.stream().noneMatch(Objects::nonNull)) {
            throw ProblemException.invalid("platforms", "must name at least one platform, or be left out for all");
        }
        return new ImageOrder(
                styles == null ? Arrays.asList(ImageStyle.values()) : distinct(styles),
                platforms == null ? Arrays.asList(ImagePlatform.values()) : distinct(platforms));
    }

    public int imageCount() {
        return styles.size() * platforms.size();
    }

    /** Whether both ask for the same images, in whatever order. */
    public boolean sameImagesAs(ImageOrder other) {
        return new HashSet<>(styles).equals(new HashSet<>(other.styles))
                && new HashSet<>(platforms).equals(new HashSet<>(other.platforms));
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(
                new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()));
    }
}
