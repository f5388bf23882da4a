package com.kt.eventmarketing.distribution.fanout.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.channel.domain.QuietHours;
import java.time.Instant;

/** When a channel may be sent: at once, except advertising to people's phones and inboxes in quiet hours. */
public record SendingPlan(QuietHours quietHours) {

    public Instant sendingTime(Channel channel, Instant now) {
        return channel.isDirectMarketing() ? quietHours.nextAllowed(now) : now;
    }

    public boolean maySendNow(Channel channel, Instant now) {
        return !channel.isDirectMarketing() || !quietHours.contains(now);
    }
}
