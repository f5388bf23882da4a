package com.kt.eventmarketing.event;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import java.time.LocalDate;
import java.util.List;

/** Plans as the AI service proposes them: one per budget level. */
public final class PlanMother {

    private PlanMother() {}

    public static List<EventPlan> threePlans(LocalDate start) {
        return List.of(
                plan(BudgetLevel.LOW, "봄맞이 스탬프 이벤트", PromotionType.STAMP, start, List.of(Channel.INSTAGRAM)),
                plan(
                        BudgetLevel.MEDIUM,
                        "신메뉴 시음 쿠폰",
                        PromotionType.COUPON,
                        start,
                        List.of(Channel.INSTAGRAM, Channel.KAKAO_CHANNEL)),
                plan(
                        BudgetLevel.HIGH,
                        "우리동네 경품 추첨",
                        PromotionType.DRAW,
                        start,
                        List.of(Channel.URIDONGNE_TV, Channel.RINGO_BIZ, Channel.SMS)));
    }

    public static EventPlan plan(
            BudgetLevel level, String name, PromotionType type, LocalDate start, List<Channel> channels) {
        return new EventPlan(
                level,
                name,
                name + " — 방문 고객 누구나 참여",
                type,
                "20~30대 직장인",
                "아메리카노 1잔",
                4_500,
                "매장 QR 코드로 응모",
                start,
                start.plusDays(13),
                channels,
                120,
                300_000,
                960_000,
                2.2,
                "봄 시즌 카페 방문이 늘고, 지난 행사의 쿠폰 사용률이 높았습니다.");
    }
}
