package com.kt.eventmarketing.distribution.simulator;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How the simulated providers behave: an answer delay and outright failure (503) per channel, from
 * configuration ({@code kt.distribution.simulator.*}) and changeable at run time for demos, the
 * benchmark and tests.
 */
@Component
public class ChannelSimulator {

    private final Map<Channel, Duration> delays = new EnumMap<>(Channel.class);
    private final Set<Channel> failing = EnumSet.noneOf(Channel.class);
    private final DistributionProperties properties;

    ChannelSimulator(DistributionProperties properties) {
        this.properties = properties;
        reset();
    }

    /** Back to the configured behaviour. */
    public synchronized void reset() {
        delays.clear();
        failing.clear();
        for (Channel channel : Channel.values()) {
            Duration delay = properties.getSimulator().getDelays().get(DistributionProperties.key(channel));
            if (delay != null) {
                delays.put(channel, delay);
            }
            if (properties.getSimulator().getFailing().contains(DistributionProperties.key(channel))) {
                failing.add(channel);
            }
        }
    }

    public synchronized void delay(Channel channel, Duration delay) {
        delays.put(channel, delay);
    }

    public synchronized void fail(Channel channel, boolean fail) {
        if (fail) {
            failing.add(channel);
        } else {
            failing.remove(channel);
        }
    }

    synchronized Duration delayOf(Channel channel) {
        return delays.getOrDefault(channel, Duration.ZERO);
    }

    synchronized boolean failing(Channel channel) {
        return failing.contains(channel);
    }
}
