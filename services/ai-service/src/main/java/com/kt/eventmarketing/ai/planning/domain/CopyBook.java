package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.PromotionType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean copy patterns. Each list holds variants; the planner picks one per plan from the request's
 * seed, so wording varies between stores and dates but not between two runs of one request.
 * Placeholders in braces are filled by {@link Copy}; {@link #PLACEHOLDERS} lists the known ones.
 */
public record CopyBook(
        Map<PromotionType, List<String>> names,
        Map<PromotionType, List<String>> benefits,
        Map<PromotionType, List<String>> mechanics,
        Map<PromotionType, List<String>> participation,
        List<String> weekdayHooks,
        List<String> weekdayPitches,
        List<String> touristPitches) {

    public static final Set<String> PLACEHOLDERS = Set.of(
            "store",
            "hook",
            "item",
            "value",
            "qty",
            "pct",
            "bundle",
            "stamps",
            "start",
            "end",
            "drawDate",
            "area",
            "region",
            "slowDays",
            "slowTime",
            "busyDays",
            "moment",
            "season",
            "benefit",
            "channels");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::[가-힣]+)?}");

    /** The placeholders a template uses that nobody fills. */
    public static List<String> unknownPlaceholders(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        java.util.ArrayList<String> unknown = new java.util.ArrayList<>();
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }
}
