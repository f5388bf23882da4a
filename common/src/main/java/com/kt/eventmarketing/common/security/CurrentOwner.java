package com.kt.eventmarketing.common.security;

import java.util.UUID;

/**
 * The store owner a request acts for, from the verified access token: {@code sub} is the user id,
 * {@code store_id} the store. Declare it as a controller method parameter to receive it.
 */
public record CurrentOwner(UUID userId, UUID storeId) {

    public static final String STORE_ID_CLAIM = "store_id";
}
