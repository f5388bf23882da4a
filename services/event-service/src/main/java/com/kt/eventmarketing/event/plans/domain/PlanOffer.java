package com.kt.eventmarketing.event.plans.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Which of an AI answer's plans are offered to the owner. An event offers one plan per budget level, so at most three.
 * The plan the owner chose stays until they choose another: an answer to a new request replaces the other levels
 * only. Proposals the plan table cannot hold as they are (no level, no name or promotion type, a second plan of a
 * level) are left out; over-long texts are cut, an impossible period dropped and negative money set to zero.
 */
public final class PlanOffer {

    static final int MAX_NAME = 200;
    static final int MAX_AUDIENCE = 100;
    static final int MAX_PRIZE = 200;
    static final int MAX_SOURCE = 50;

    private PlanOffer() {}

    public static List<Plan> of(
            List<EventPlan> proposed,
            Optional<Plan> chosen,
            UUID eventId,
            UUID jobId,
            String source,
            Supplier<UUID> ids,
            Instant now) {
        Set<BudgetLevel> taken = EnumSet.noneOf(BudgetLevel.class);
        chosen.ifPresent(plan -> taken.add(plan.budgetLevel()));
        List<Plan> offered = new ArrayList<>();
        for (EventPlan plan : proposed == null ? List.<EventPlan>of() : proposed) {
            if (plan == null
                    || plan.budgetLevel() == null
                    || plan.promotionType() == null
                    || blank(plan.eventName())
                    || !taken.add(plan.budgetLevel())) {
                continue;
            }
            boolean period = plan.startDate() != null
                    && plan.endDate() != null
                    && !plan.startDate().isAfter(plan.endDate());
            offered.add(new Plan(
                    ids.get(),
                    eventId,
                    jobId,
                    plan.budgetLevel(),
                    clip(plan.eventName().strip(), MAX_NAME),
                    plan.description() == null ? "" : plan.description().strip(),
                    plan.promotionType(),
                    plan.targetAudience() == null
                            ? ""
                            : clip(plan.targetAudience().strip(), MAX_AUDIENCE),
                    blank(plan.prize()) ? null : clip(plan.prize().strip(), MAX_PRIZE),
                    Math.max(0, plan.prizeCost()),
                    blank(plan.participationMethod())
                            ? null
                            : plan.participationMethod().strip(),
                    period ? plan.startDate() : null,
                    period ? plan.endDate() : null,
                    channels(plan.recommendedChannels()),
                    Math.max(0, plan.expectedParticipants()),
                    Math.max(0, plan.expectedCost()),
                    Math.max(0, plan.expectedRevenue()),
                    Double.isFinite(plan.expectedRoi()) ? plan.expectedRoi() : 0,
                    blank(plan.reasoning()) ? null : plan.reasoning().strip(),
                    clip(blank(source) ? "UNKNOWN" : source.strip(), MAX_SOURCE),
                    false,
                    now,
                    now));
        }
        return List.copyOf(offered);
    }

    private static List<Channel> channels(List<Channel> channels) {
        return channels == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        channels.stream().filter(Objects::nonNull).toList()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clip(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
