package com.kt.eventmarketing.user.account.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A Korean road or lot address. Its first word names the 시·도, from which the store's region is
 * derived (서울, 부산, 경기 …); its second, the 시·군·구 (district).
 */
public record Address(String text, String region, String district) {

    private static final Map<String, String> REGIONS = new LinkedHashMap<>();

    static {
        alias("서울", "서울특별시", "서울시", "서울");
        alias("부산", "부산광역시", "부산시", "부산");
        alias("대구", "대구광역시", "대구시", "대구");
        alias("인천", "인천광역시", "인천시", "인천");
        alias("광주", "광주광역시", "광주시", "광주");
        alias("대전", "대전광역시", "대전시", "대전");
        alias("울산", "울산광역시", "울산시", "울산");
        alias("세종", "세종특별자치시", "세종시", "세종");
        alias("경기", "경기도", "경기");
        alias("강원", "강원특별자치도", "강원도", "강원");
        alias("충북", "충청북도", "충북");
        alias("충남", "충청남도", "충남");
        alias("전북", "전북특별자치도", "전라북도", "전북");
        alias("전남", "전라남도", "전남");
        alias("경북", "경상북도", "경북");
        alias("경남", "경상남도", "경남");
        alias("제주", "제주특별자치도", "제주도", "제주");
    }

    private static void alias(String region, String... names) {
        for (String name : names) {
            REGIONS.put(name, region);
        }
    }

    public static Address parse(String text) {
        Optional<String> problem = problemOf(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        String normalized = text.strip().replaceAll("\\s+", " ");
        String[] words = normalized.split(" ");
        String district = words.length > 1 && !"세종".equals(REGIONS.get(words[0])) ? words[1] : null;
        return new Address(normalized, REGIONS.get(words[0]), district);
    }

    public static Optional<String> problemOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is required");
        }
        String[] words = text.strip().split("\\s+");
        if (!REGIONS.containsKey(words[0])) {
            return Optional.of("must start with the 시·도, e.g. '서울특별시 마포구 양화로 45'");
        }
        if (words.length < 3) {
            return Optional.of("must give the district and street, e.g. '서울특별시 마포구 양화로 45'");
        }
        return Optional.empty();
    }
}
