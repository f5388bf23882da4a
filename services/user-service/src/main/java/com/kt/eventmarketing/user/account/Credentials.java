package com.kt.eventmarketing.user.account;

import java.util.UUID;

/** What login needs of an account. */
public record Credentials(UUID userId, UUID storeId, String passwordHash) {}
