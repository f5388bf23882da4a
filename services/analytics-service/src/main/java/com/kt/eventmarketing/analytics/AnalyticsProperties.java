package com.kt.eventmarketing.analytics;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kt.analytics.*}.
 *
 * @param resultsDelay how long after an event ended its final figures are sent (late messages land first)
 * @param resultsCheckInterval how often ended events are checked for figures to send
 * @param defaultVisitConversion share of participants assumed to visit the store until visits are marked
 * @param stream the live dashboard stream
 */
@ConfigurationProperties("kt.analytics")
public record AnalyticsProperties(
        @DefaultValue("PT10M") Duration resultsDelay,
        @DefaultValue("PT30S") Duration resultsCheckInterval,
        @DefaultValue("0.30") BigDecimal defaultVisitConversion,
        @DefaultValue Stream stream) {

    /**
     * @param coalesce changes of one event within this interval become one push
     * @param heartbeat how often an idle stream gets a comment line (keeps proxies from closing it)
     * @param channel the Redis pub/sub channel that fans changes out to every instance
     */
    public record Stream(
            @DefaultValue("500ms") Duration coalesce,
            @DefaultValue("15s") Duration heartbeat,
            @DefaultValue("analytics:dashboard-changed") String channel) {}
}
