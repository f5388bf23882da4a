package com.kt.eventmarketing.event.lifecycle;

import com.kt.eventmarketing.contracts.event.Objective;
import java.time.Instant;
import java.util.UUID;

/** The event the owner is creating in the wizard ({@code event:session:{userId}}), to come back to it. */
public record CreationSession(UUID eventId, Objective objective, UUID storeId, Instant createdAt) {}
