package com.kt.eventmarketing.distribution;

import com.kt.eventmarketing.distribution.channel.domain.ChannelFormats;
import com.kt.eventmarketing.distribution.channel.domain.Compliance;
import com.kt.eventmarketing.distribution.channel.domain.PublicLinks;
import com.kt.eventmarketing.distribution.channel.domain.QuietHours;
import com.kt.eventmarketing.distribution.fanout.domain.SendingPlan;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's shared parts: clock, the pool channels are called on, the compliance settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DistributionProperties.class)
@EnableScheduling
class DistributionConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Channel calls wait on remote providers: one virtual thread each, so a slow channel holds no one up. */
    @Bean(destroyMethod = "close")
    ExecutorService channelCalls() {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("channel-call-", 0).factory());
    }

    @Bean
    PublicLinks publicLinks(DistributionProperties properties) {
        return new PublicLinks(properties.getPublicBaseUrl());
    }

    @Bean
    Compliance compliance(DistributionProperties properties, PublicLinks links) {
        return new Compliance(properties.getOptOutNumber(), links);
    }

    @Bean
    ChannelFormats channelFormats(Compliance compliance) {
        return new ChannelFormats(compliance);
    }

    @Bean
    QuietHours quietHours() {
        return QuietHours.KOREA;
    }

    @Bean
    SendingPlan sendingPlan(QuietHours quietHours) {
        return new SendingPlan(quietHours);
    }
}
