package com.kt.eventmarketing.distribution.channel;

/** How a posting ended after the channel's retries: delivered, or not and why. */
public sealed interface Delivery {

    /** Calls made to the provider for this posting. */
    int attempts();

    record Delivered(Posted posted, int attempts) implements Delivery {}

    record NotDelivered(String reason, int attempts) implements Delivery {}
}
