package com.kt.eventmarketing.bench.content;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.ParticipationLink;
import com.kt.eventmarketing.content.design.domain.Period;
import com.kt.eventmarketing.content.design.domain.PosterTexts;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.time.LocalDate;
import java.util.UUID;

/** The design the benchmarks render: a typical café event (the one the docs images show). */
final class Designs {

    private static final UUID EVENT_ID = UUID.fromString("7f3c2a10-5b1e-4c6d-9a8f-0e2d4b6c8a01");
    private static final ParticipationLink LINK = new ParticipationLink("https://event.example.kr");

    private Designs() {}

    static Design cafe(ImageStyle style, ImagePlatform platform) {
        PosterTexts texts = new PosterTexts(
                "봄맞이 신메뉴 출시 기념 경품 추첨 이벤트",
                "추첨 10명에게 아메리카노 1+1 쿠폰 증정",
                Period.format(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)),
                "카페 봄 망원점",
                null);
        return Design.initial(EVENT_ID, "CAFE", style, platform, texts, LINK.forImage(EVENT_ID, platform));
    }
}
