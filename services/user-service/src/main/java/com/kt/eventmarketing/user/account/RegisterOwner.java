package com.kt.eventmarketing.user.account;

import com.kt.eventmarketing.user.account.domain.Industry;

/** Sign-up of an owner with their store, as typed. */
public record RegisterOwner(
        String name,
        String phoneNumber,
        String email,
        String password,
        String storeName,
        Industry industry,
        String address,
        String businessNumber,
        long averageSpend) {}
