package com.kt.eventmarketing.ai;

import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Believable stores and the moments they ask for plans: six that contrast in every dimension. */
public final class StoreMother {

    private StoreMother() {}

    /** A store, an objective and the day it asks: one planning situation. */
    public record Situation(String title, StoreSnapshot store, Objective objective, LocalDate referenceDate) {}

    public static StoreSnapshot store(
            String name, String industry, String address, String region, String district, long spend) {
        return new StoreSnapshot(
                UUID.nameUUIDFromBytes(name.getBytes()), name, industry, address, region, district, spend);
    }

    public static Situation busanRestaurantInAugust() {
        return new Situation(
                "부산 해운대 음식점 · 신규 고객 유치 · 8월",
                store("해운대 밀면집", "RESTAURANT", "부산광역시 해운대구 구남로 24", "부산", "해운대구", 13000),
                Objective.NEW_CUSTOMERS,
                LocalDate.of(2026, 8, 3));
    }

    public static Situation seoulAcademyBeforeSuneung() {
        return new Situation(
                "서울 강남 학원 · 매출 증대 · 수능 전(10월)",
                store("대치 수학의 정석 학원", "ACADEMY", "서울특별시 강남구 대치동 316", "서울", "강남구", 380000),
                Objective.SALES,
                LocalDate.of(2026, 10, 12));
    }

    public static Situation jejuCafeInSpring() {
        return new Situation(
                "제주 카페 · 인지도 향상 · 4월",
                store("카페 유채", "CAFE", "제주특별자치도 제주시 애월읍 애월해안로 272", "제주", "제주시", 9000),
                Objective.AWARENESS,
                LocalDate.of(2026, 4, 6));
    }

    public static Situation gyeonggiBakeryBeforeSeollal() {
        return new Situation(
                "경기 분당 베이커리 · 매출 증대 · 설 전(1월)",
                store("분당 밀도 베이커리", "BAKERY", "경기도 성남시 분당구 정자일로 95", "경기", "성남시", 16000),
                Objective.SALES,
                LocalDate.of(2027, 1, 18));
    }

    public static Situation seoulBeautySalonBeforeChristmas() {
        return new Situation(
                "서울 마포 미용실 · 재방문 유도 · 크리스마스 전(11월 말)",
                store("헤어살롱 연남", "BEAUTY", "서울특별시 마포구 연남로 13", "서울", "마포구", 55000),
                Objective.REVISIT,
                LocalDate.of(2026, 11, 30));
    }

    public static Situation daeguFitnessInJanuary() {
        return new Situation(
                "대구 수성구 피트니스 · 신규 고객 유치 · 1월",
                store("수성 바디핏 짐", "FITNESS", "대구광역시 수성구 동대구로 100", "대구", "수성구", 90000),
                Objective.NEW_CUSTOMERS,
                LocalDate.of(2027, 1, 4));
    }

    public static List<Situation> contrasting() {
        return List.of(
                busanRestaurantInAugust(),
                seoulAcademyBeforeSuneung(),
                jejuCafeInSpring(),
                gyeonggiBakeryBeforeSeollal(),
                seoulBeautySalonBeforeChristmas(),
                daeguFitnessInJanuary());
    }
}
