package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where each channel's provider answers: the configured {@code base-url}, or — when none is set, the
 * embedded default — the channel simulator of this very service ({@code /simulator/<channel>}).
 */
@Component
public class ChannelEndpoints {

    private final DistributionProperties properties;
    private volatile int localPort;

    ChannelEndpoints(DistributionProperties properties) {
        this.properties = properties;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        localPort = event.getWebServer().getPort();
    }

    public String baseUrl(Channel channel) {
        String configured = properties.channel(channel).getBaseUrl();
        if (configured != null && !configured.isBlank()) {
            return strip(configured);
        }
        return simulatorUrl() + "/" + DistributionProperties.key(channel);
    }

    /** Whether the channel talks to the simulator rather than a real provider. */
    public boolean simulated(Channel channel) {
        if (channel == Channel.EMAIL) {
            return properties.channel(channel).isSimulated();
        }
        String configured = properties.channel(channel).getBaseUrl();
        return configured == null || configured.isBlank() || configured.startsWith(simulatorUrl());
    }

    public String simulatorUrl() {
        String configured = properties.getSimulatorUrl();
        if (configured != null && !configured.isBlank()) {
            return strip(configured);
        }
        if (localPort == 0) {
            throw new IllegalStateException("The web server has not started yet: the simulator address is unknown");
        }
        return "http://localhost:" + localPort + "/simulator";
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
