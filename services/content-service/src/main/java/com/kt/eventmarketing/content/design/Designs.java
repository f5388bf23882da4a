package com.kt.eventmarketing.content.design;

import com.kt.eventmarketing.content.ContentProperties;
import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.DesignEdit;
import com.kt.eventmarketing.content.design.domain.EditOutcome;
import com.kt.eventmarketing.content.design.domain.ParticipationLink;
import com.kt.eventmarketing.content.design.domain.Period;
import com.kt.eventmarketing.content.design.domain.PosterTexts;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns what the owner asked for into designs: the set of a generation request (every requested
 * style × platform, or all twelve), and the edited design of one image.
 */
@Component
public class Designs {

    private final ParticipationLink link;

    Designs(ContentProperties properties) {
        this.link = new ParticipationLink(properties.publicBaseUrl());
    }

    /** Why a request cannot be rendered, if it cannot: an image needs the event and store names. */
    public static Optional<String> problemWith(ImageGenerationRequested request) {
        if (request.eventId() == null || request.jobId() == null) {
            return Optional.of("요청에 이벤트 또는 작업 정보가 없습니다.");
        }
        if (request.eventName() == null || request.eventName().isBlank()) {
            return Optional.of("이벤트 이름이 없어 이미지를 만들 수 없습니다.");
        }
        if (request.store() == null
                || request.store().storeName() == null
                || request.store().storeName().isBlank()) {
            return Optional.of("매장 이름이 없어 이미지를 만들 수 없습니다.");
        }
        return Optional.empty();
    }

    /** The designs of a request, platform by platform (the print poster, the slowest, last). */
    public List<Design> plan(ImageGenerationRequested request) {
        PosterTexts texts = new PosterTexts(
                request.eventName(),
                request.benefit(),
                Period.format(request.startDate(), request.endDate()),
                request.store().storeName(),
                null);
        List<Design> designs = new ArrayList<>();
        for (ImagePlatform platform : chosen(request.platforms(), ImagePlatform.values())) {
            for (ImageStyle style : chosen(request.styles(), ImageStyle.values())) {
                designs.add(Design.initial(
                        request.eventId(),
                        request.store().industry(),
                        style,
                        platform,
                        texts,
                        link.forImage(request.eventId(), platform)));
            }
        }
        return designs;
    }

    public EditOutcome edit(Design design, DesignEdit edit) {
        return edit.applyTo(design, platform -> link.forImage(design.eventId(), platform));
    }

    /** The requested values in their natural order, without repeats; none requested means all. */
    private static <T extends Enum<T>> List<T> chosen(List<T> requested, T[] all) {
        if (requested == null || requested.stream().allMatch(java.util.Objects::isNull)) {
            return List.of(all);
        }
        LinkedHashSet<T> set = new LinkedHashSet<>();
        for (T value : all) {
            if (requested.contains(value)) {
                set.add(value);
            }
        }
        return List.copyOf(set);
    }
}
