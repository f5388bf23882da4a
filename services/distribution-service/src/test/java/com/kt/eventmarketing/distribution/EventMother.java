package com.kt.eventmarketing.distribution;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Published events of a café in 마포구 as the event service sends them. */
public final class EventMother {

    private EventMother() {}

    public static StoreSnapshot cafe() {
        return new StoreSnapshot(UUID.randomUUID(), "카페 봄", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8000);
    }

    public static EventPublished published(StoreSnapshot store, UUID userId, List<Channel> channels) {
        LocalDate start = LocalDate.of(2026, 12, 1);
        EventPlan plan = new EventPlan(
                BudgetLevel.MEDIUM,
                "겨울 신메뉴 경품 추첨",
                "신메뉴 출시 기념 추첨 이벤트",
                PromotionType.DRAW,
                "마포구 20~30대",
                "아메리카노 1잔",
                4500,
                "QR 스캔 후 응모",
                start,
                start.plusDays(13),
                channels,
                120,
                150_000,
                600_000,
                3.0,
                "겨울 시즌 신메뉴 관심");
        return EventPublished.of(
                UUID.randomUUID(),
                userId,
                store,
                "겨울 신메뉴 경품 추첨",
                "카페 봄의 겨울 신메뉴 출시를 기념해 추첨으로 50분께 아메리카노를 드려요.\n매장 QR 또는 링크로 응모하세요!",
                Objective.NEW_CUSTOMERS,
                start,
                start.plusDays(13),
                channels,
                UUID.randomUUID(),
                "/api/v1/content/images/" + UUID.randomUUID(),
                plan);
    }

    public static EventPublished allChannels(StoreSnapshot store, UUID userId) {
        return published(store, userId, List.of(Channel.values()));
    }
}
