package com.kt.eventmarketing.content;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.ParticipationLink;
import com.kt.eventmarketing.content.design.domain.Period;
import com.kt.eventmarketing.content.design.domain.PosterTexts;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.time.LocalDate;
import java.util.UUID;

/** Designs of believable events, each the same every time (the docs images are made from them). */
public final class DesignMother {

    public static final UUID EVENT_ID = UUID.fromString("7f3c2a10-5b1e-4c6d-9a8f-0e2d4b6c8a01");
    public static final ParticipationLink LINK = new ParticipationLink("http://localhost:8080");

    private DesignMother() {}

    public static PosterTexts cafeTexts() {
        return new PosterTexts(
                "봄맞이 신메뉴 출시 기념 경품 추첨 이벤트",
                "추첨 10명에게 아메리카노 1+1 쿠폰 증정",
                Period.format(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)),
                "카페 봄 망원점",
                null);
    }

    public static Design cafe(ImageStyle style, ImagePlatform platform) {
        return design("CAFE", cafeTexts(), style, platform);
    }

    public static Design design(String industry, PosterTexts texts, ImageStyle style, ImagePlatform platform) {
        return Design.initial(EVENT_ID, industry, style, platform, texts, LINK.forImage(EVENT_ID, platform));
    }

    /** Texts at the edit limits, in long words: the hardest case for the layout. */
    public static PosterTexts longestTexts() {
        return new PosterTexts(
                "대한민국최고의수제버거와감자튀김을한번에즐기는여름특가이벤트한정판매진행중입니다",
                "매장 방문 고객 전원에게 시그니처 버거 세트 30% 할인 쿠폰과 음료 무료 업그레이드 혜택을 드려요",
                "2026.06.01(월) ~ 2026.08.31(월) 매일 11시부터",
                "수제버거 전문점 더 그릴하우스 연남동 본점",
                "지금 QR 찍고 바로 참여하기");
    }

    public static PosterTexts shortestTexts() {
        return new PosterTexts("오픈", "", "", "꽃집", null);
    }
}
