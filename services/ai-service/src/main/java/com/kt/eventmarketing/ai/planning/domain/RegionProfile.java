package com.kt.eventmarketing.ai.planning.domain;

import java.util.List;
import java.util.Map;

/**
 * A 시·도: how many people a channel reaches there compared to the average ({@code reachFactor}), how
 * much tourists add per season ({@code tourism}, 1 = none) and what is special about it per season.
 */
public record RegionProfile(
        String name,
        List<String> aliases,
        double reachFactor,
        String character,
        Map<Season, Double> tourism,
        Map<Season, String> notes) {

    public double tourism(Season season) {
        return tourism.getOrDefault(season, 1.0);
    }

    public boolean touristSeason(Season season) {
        return tourism(season) >= 1.15;
    }
}
