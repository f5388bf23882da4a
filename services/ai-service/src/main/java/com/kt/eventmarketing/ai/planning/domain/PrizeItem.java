package com.kt.eventmarketing.ai.planning.domain;

/**
 * Something a store can give: {@code value} is what the customer would pay for it, {@code cost} what
 * it costs the store (ingredients, purchase price), both in won.
 */
public record PrizeItem(String name, long value, long cost, Tier tier) {}
