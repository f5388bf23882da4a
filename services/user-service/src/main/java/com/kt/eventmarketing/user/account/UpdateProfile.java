package com.kt.eventmarketing.user.account;

import com.kt.eventmarketing.user.account.domain.Industry;

/** New owner and store details; e-mail and business number do not change. */
public record UpdateProfile(
        String name, String phoneNumber, String storeName, Industry industry, String address, long averageSpend) {}
