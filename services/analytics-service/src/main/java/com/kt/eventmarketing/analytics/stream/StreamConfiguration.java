package com.kt.eventmarketing.analytics.stream;

import com.kt.eventmarketing.analytics.AnalyticsProperties;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Every instance listens to the change announcements on Redis and pushes to its own subscribers. */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean
    RedisMessageListenerContainer dashboardChangeListener(
            RedisConnectionFactory redis, DashboardStreams streams, AnalyticsProperties properties) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.setRecoveryInterval(5_000);
        container.addMessageListener(
                (message, pattern) -> {
                    String eventId = new String(message.getBody(), StandardCharsets.UTF_8);
                    streams.changed(UUID.fromString(eventId));
                },
                new ChannelTopic(properties.stream().channel()));
        return container;
    }
}
