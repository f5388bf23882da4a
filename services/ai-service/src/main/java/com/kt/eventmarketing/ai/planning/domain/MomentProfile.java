package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.Objective;
import java.util.List;
import java.util.Map;

/**
 * A moment of the Korean calendar that moves demand (설날, 빼빼로데이, 수능 …).
 *
 * @param rule when it is, see {@link KoreanCalendar}: {@code FIXED 12-25}, {@code LUNAR 08-15},
 *     {@code ON_OR_AFTER 11-13 THURSDAY}, {@code RANGE 07-20 08-15}, {@code FOLLOWS SUNEUNG 28}
 * @param leadDays how long before the moment promotion starts to pay
 * @param endOffset days from the moment (its last day) to the end of the event: negative ends before a
 *     holiday when many stores close
 * @param industries fit per industry; others get {@code defaultFit}
 * @param audiences who the moment moves in a particular industry, where that differs from {@code audience}
 * @param industryPitches what the moment means for a particular industry, where {@code pitches} do not fit it
 */
public record MomentProfile(
        String key,
        String name,
        String rule,
        int leadDays,
        int endOffset,
        List<String> hooks,
        String audience,
        Map<Industry, String> audiences,
        List<String> pitches,
        Map<Industry, List<String>> industryPitches,
        Map<Industry, Double> industries,
        double defaultFit,
        Map<Objective, Double> objectives,
        Map<PromotionType, Double> promotions) {

    public MomentProfile {
        audiences = audiences == null ? Map.of() : audiences;
        industryPitches = industryPitches == null ? Map.of() : industryPitches;
    }

    public List<String> pitches(Industry industry) {
        return industryPitches.getOrDefault(industry, pitches);
    }

    public String audience(Industry industry) {
        return audiences.getOrDefault(industry, audience);
    }

    public double fit(Industry industry) {
        return industries.getOrDefault(industry, defaultFit);
    }

    public double fit(Objective objective) {
        return objectives.getOrDefault(objective, 1.0);
    }

    public double fit(PromotionType type) {
        return promotions.getOrDefault(type, 1.0);
    }
}
