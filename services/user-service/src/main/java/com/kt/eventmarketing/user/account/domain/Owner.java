package com.kt.eventmarketing.user.account.domain;

import java.util.UUID;

/** A store owner's account. The password is only ever held as a hash. */
public record Owner(UUID userId, String name, String email, PhoneNumber phone, Store store) {}
