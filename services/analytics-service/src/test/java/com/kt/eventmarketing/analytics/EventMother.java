package com.kt.eventmarketing.analytics;

import com.kt.eventmarketing.common.testing.TestTokens;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.distribution.ChannelDistributed;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.contracts.participation.EventViewed;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Messages of a café's draw event, as the other services send them. */
public final class EventMother {

    /** 2026-11-02 09:00 in Seoul. */
    public static final Instant OPENED = Instant.parse("2026-11-02T00:00:00Z");

    private EventMother() {}

    /** An owner with a café: ids of the user and the store. */
    public record Owner(UUID userId, UUID storeId) {

        public static Owner any() {
            return new Owner(UUID.randomUUID(), UUID.randomUUID());
        }

        public StoreSnapshot store(long averageSpend) {
            return new StoreSnapshot(storeId, "카페 봄", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", averageSpend);
        }

        public String token() {
            return TestTokens.shared().issue(userId, storeId);
        }
    }

    /** A medium plan: 100 participants expected for 150,000 won, 50,000 of which for prizes. */
    public static EventPlan mediumDrawPlan() {
        return new EventPlan(
                BudgetLevel.MEDIUM,
                "가을 맞이 커피 추첨",
                "참여하면 추첨으로 아메리카노를 드려요",
                PromotionType.DRAW,
                "20-30대 직장인",
                "아메리카노 10잔",
                50_000,
                "QR 스캔 후 응모",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15),
                List.of(Channel.INSTAGRAM, Channel.KAKAO_CHANNEL),
                100,
                150_000,
                240_000,
                0.6,
                "가을 시즌 카페 수요");
    }

    public static EventPublished published(UUID eventId, Owner owner, long averageSpend, EventPlan plan) {
        return published(eventId, owner, averageSpend, plan, "가을 맞이 커피 추첨");
    }

    public static EventPublished published(UUID eventId, Owner owner, long averageSpend, EventPlan plan, String name) {
        return new EventPublished(
                UUID.randomUUID(),
                OPENED,
                eventId,
                owner.userId(),
                owner.store(averageSpend),
                name,
                "참여하면 추첨으로 아메리카노를 드려요",
                Objective.NEW_CUSTOMERS,
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 15),
                List.of(Channel.INSTAGRAM, Channel.KAKAO_CHANNEL),
                null,
                null,
                plan);
    }

    public static ParticipantRegistered entry(
            UUID eventId, Owner owner, UUID participantId, long number, EntryChannel channel, Instant at) {
        return ParticipantRegistered.of(participantId, eventId, owner.storeId(), number, channel, number % 2 == 0, at);
    }

    public static EventViewed view(UUID eventId, Owner owner, EntryChannel channel, Instant at) {
        return new EventViewed(UUID.randomUUID(), at, eventId, owner.storeId(), channel);
    }

    public static StoreVisitMarked visit(UUID eventId, Owner owner, UUID participantId, boolean visited, Instant at) {
        return new StoreVisitMarked(UUID.randomUUID(), at, participantId, eventId, owner.storeId(), visited);
    }

    public static ChannelDistributed distributed(
            UUID eventId,
            Owner owner,
            Channel channel,
            DistributionStatus status,
            int attempts,
            long reach,
            long cost,
            Instant at) {
        return new ChannelDistributed(
                UUID.randomUUID(),
                at,
                eventId,
                owner.storeId(),
                channel,
                status,
                attempts,
                status == DistributionStatus.SUCCESS ? "ext-" + channel : null,
                null,
                reach,
                0,
                cost,
                status == DistributionStatus.FAILED ? "timeout" : null);
    }

    public static StoreUpdated storeUpdated(Owner owner, long averageSpend, Instant at) {
        return new StoreUpdated(UUID.randomUUID(), at, owner.userId(), owner.store(averageSpend));
    }
}
