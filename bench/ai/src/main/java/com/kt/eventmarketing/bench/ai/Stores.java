package com.kt.eventmarketing.bench.ai;

import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The six contrasting planning situations of docs/ai-sample-plans.md, as benchmark input. */
final class Stores {

    record Situation(StoreSnapshot store, Objective objective, LocalDate referenceDate) {}

    static final List<Situation> SITUATIONS = List.of(
            situation(
                    "해운대 밀면집",
                    "RESTAURANT",
                    "부산광역시 해운대구 구남로 24",
                    "부산",
                    "해운대구",
                    13000,
                    Objective.NEW_CUSTOMERS,
                    LocalDate.of(2026, 8, 3)),
            situation(
                    "대치 수학의 정석 학원",
                    "ACADEMY",
                    "서울특별시 강남구 대치동 316",
                    "서울",
                    "강남구",
                    380000,
                    Objective.SALES,
                    LocalDate.of(2026, 10, 12)),
            situation(
                    "카페 유채",
                    "CAFE",
                    "제주특별자치도 제주시 애월읍 애월해안로 272",
                    "제주",
                    "제주시",
                    9000,
                    Objective.AWARENESS,
                    LocalDate.of(2026, 4, 6)),
            situation(
                    "분당 밀도 베이커리",
                    "BAKERY",
                    "경기도 성남시 분당구 정자일로 95",
                    "경기",
                    "성남시",
                    16000,
                    Objective.SALES,
                    LocalDate.of(2027, 1, 18)),
            situation(
                    "헤어살롱 연남",
                    "BEAUTY",
                    "서울특별시 마포구 연남로 13",
                    "서울",
                    "마포구",
                    55000,
                    Objective.REVISIT,
                    LocalDate.of(2026, 11, 30)),
            situation(
                    "수성 바디핏 짐",
                    "FITNESS",
                    "대구광역시 수성구 동대구로 100",
                    "대구",
                    "수성구",
                    90000,
                    Objective.NEW_CUSTOMERS,
                    LocalDate.of(2027, 1, 4)));

    private Stores() {}

    private static Situation situation(
            String name,
            String industry,
            String address,
            String region,
            String district,
            long spend,
            Objective objective,
            LocalDate date) {
        return new Situation(
                new StoreSnapshot(
                        UUID.nameUUIDFromBytes(name.getBytes()), name, industry, address, region, district, spend),
                objective,
                date);
    }
}
