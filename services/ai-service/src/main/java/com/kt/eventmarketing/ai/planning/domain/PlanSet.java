package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.ai.EventPlan;
import java.util.List;

/** Three plans (LOW, MEDIUM, HIGH) and what wrote them; {@code note} says why a fallback happened. */
public record PlanSet(PlanSource source, List<EventPlan> plans, String note) {

    public PlanSet {
        plans = List.copyOf(plans);
    }

    public PlanSet withSource(PlanSource source, String note) {
        return new PlanSet(source, plans, note);
    }
}
