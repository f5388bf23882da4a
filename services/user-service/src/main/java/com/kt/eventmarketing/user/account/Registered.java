package com.kt.eventmarketing.user.account;

import java.util.UUID;

/** The ids of a new owner and their store. */
public record Registered(UUID userId, UUID storeId) {}
