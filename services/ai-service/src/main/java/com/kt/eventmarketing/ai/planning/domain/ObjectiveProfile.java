package com.kt.eventmarketing.ai.planning.domain;

import com.kt.eventmarketing.contracts.Channel;
import java.util.List;
import java.util.Map;

/** What an objective aims at, how it is measured, and which channels serve it. */
public record ObjectiveProfile(String goal, String measure, List<String> closings, Map<Channel, Double> channels) {

    public double fit(Channel channel) {
        return channels.getOrDefault(channel, 1.0);
    }
}
