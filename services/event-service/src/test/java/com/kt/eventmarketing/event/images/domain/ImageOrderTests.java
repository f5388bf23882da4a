package com.kt.eventmarketing.event.images.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageOrderTests {

    @Test
    void defaultsToEveryStyleOnEveryPlatform() {
        ImageOrder order = ImageOrder.of(null, null);

        assertThat(order.styles()).containsExactly(ImageStyle.values());
        assertThat(order.platforms()).containsExactly(ImagePlatform.values());
        assertThat(order.imageCount()).isEqualTo(12);
    }

    @Test
    void asksForEachChoiceOnce() {
        ImageOrder order = ImageOrder.of(
                List.of(ImageStyle.TRENDY, ImageStyle.TRENDY), List.of(ImagePlatform.POSTER, ImagePlatform.INSTAGRAM));

        assertThat(order.styles()).containsExactly(ImageStyle.TRENDY);
        assertThat(order.platforms()).containsExactly(ImagePlatform.POSTER, ImagePlatform.INSTAGRAM);
        assertThat(order.imageCount()).isEqualTo(2);
    }

    @Test
    void refusesAnOrderOfNothingNamingTheField() {
        assertThatThrownBy(() -> ImageOrder.of(List.of(), null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.getMessage()).startsWith("styles"));
        assertThatThrownBy(() -> ImageOrder.of(null, List.of()))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.getMessage()).startsWith("platforms"));
    }

    @Test
    void theSameImagesInAnotherOrderAreTheSameOrder() {
        ImageOrder one = ImageOrder.of(List.of(ImageStyle.SIMPLE, ImageStyle.FANCY), List.of(ImagePlatform.POSTER));
        ImageOrder other = ImageOrder.of(List.of(ImageStyle.FANCY, ImageStyle.SIMPLE), List.of(ImagePlatform.POSTER));

        assertThat(one.sameImagesAs(other)).isTrue();
        assertThat(one.sameImagesAs(ImageOrder.of(null, List.of(ImagePlatform.POSTER))))
                .isFalse();
    }
}
