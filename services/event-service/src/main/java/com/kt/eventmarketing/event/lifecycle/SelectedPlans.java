package com.kt.eventmarketing.event.lifecycle;

import com.kt.eventmarketing.contracts.ai.EventPlan;
import java.util.Optional;
import java.util.UUID;

/** The AI plan an event was filled from, as the AI proposed it (the plans feature keeps them). */
public interface SelectedPlans {

    Optional<EventPlan> selectedPlan(UUID eventId);
}
