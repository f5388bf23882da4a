package com.kt.eventmarketing.event;

import com.kt.eventmarketing.event.shared.EventServiceProperties;
import com.kt.eventmarketing.event.shared.GuardedRedis;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The event service's shared beans; the schedules (auto-end, job timeouts, pending evictions) run in every replica. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventServiceProperties.class)
class EventServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    GuardedRedis guardedRedis(StringRedisTemplate redis, Clock clock, EventServiceProperties properties) {
        return new GuardedRedis(redis, clock, properties.redisCooldown());
    }
}
