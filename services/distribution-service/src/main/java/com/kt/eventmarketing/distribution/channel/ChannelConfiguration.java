package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.DistributionProperties.Resilience;
import com.kt.eventmarketing.distribution.simulator.SimulatedMailServer;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** One adapter per channel, each with its endpoint, credentials and guards from configuration. */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    @Bean
    ChannelGateway channelGateway(
            DistributionProperties properties,
            ChannelEndpoints endpoints,
            ObjectProvider<SimulatedMailServer> simulatedMail,
            @Qualifier("channelCalls") ExecutorService channelCalls,
            ObjectProvider<MeterRegistry> meters) {
        ChannelResilience resilience = new ChannelResilience(channel -> resilience(properties, channel), channelCalls);
        meters.ifAvailable(registry -> TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(resilience.breakers())
                .bindTo(registry));
        List<ChannelAdapter> adapters = List.of(
                new InstagramAdapter(
                        url(endpoints, Channel.INSTAGRAM),
                        settings(properties, Channel.INSTAGRAM),
                        http(properties, Channel.INSTAGRAM)),
                new NaverBlogAdapter(
                        url(endpoints, Channel.NAVER_BLOG),
                        settings(properties, Channel.NAVER_BLOG),
                        http(properties, Channel.NAVER_BLOG)),
                new KakaoChannelAdapter(
                        url(endpoints, Channel.KAKAO_CHANNEL),
                        settings(properties, Channel.KAKAO_CHANNEL),
                        http(properties, Channel.KAKAO_CHANNEL)),
                new SmsAdapter(
                        url(endpoints, Channel.SMS), settings(properties, Channel.SMS), http(properties, Channel.SMS)),
                new TvAdAdapter(
                        Channel.URIDONGNE_TV,
                        url(endpoints, Channel.URIDONGNE_TV),
                        settings(properties, Channel.URIDONGNE_TV),
                        http(properties, Channel.URIDONGNE_TV)),
                new TvAdAdapter(
                        Channel.GENIE_TV,
                        url(endpoints, Channel.GENIE_TV),
                        settings(properties, Channel.GENIE_TV),
                        http(properties, Channel.GENIE_TV)),
                new RingoBizAdapter(
                        url(endpoints, Channel.RINGO_BIZ),
                        settings(properties, Channel.RINGO_BIZ),
                        http(properties, Channel.RINGO_BIZ)),
                email(
                        properties.channel(Channel.EMAIL),
                        simulatedMail,
                        // SMTP socket timeouts per operation; the channel's own limit covers a whole batch
                        properties.getResilience().getTimeout()));
        return new ChannelGateway(adapters, resilience, meters.getIfAvailable());
    }

    private static EmailAdapter email(
            ChannelSettings settings, ObjectProvider<SimulatedMailServer> simulatedMail, Duration timeout) {
        Supplier<JavaMailSenderImpl> sender = new Supplier<>() {
            private volatile JavaMailSenderImpl mail;

            @Override
            public JavaMailSenderImpl get() {
                if (mail == null) {
                    mail = mailSender(settings, simulatedMail, timeout);
                }
                return mail;
            }
        };
        String from = settings.getSender().isBlank() ? "no-reply@event.kt.local" : settings.getSender();
        String fromName = settings.getSenderName().isBlank() ? "KT 이벤트 마케팅" : settings.getSenderName();
        return new EmailAdapter(sender, from, fromName);
    }

    /** Jakarta Mail to the configured SMTP server, or to the simulator's local one. */
    static JavaMailSenderImpl mailSender(
            ChannelSettings settings, ObjectProvider<SimulatedMailServer> simulatedMail, Duration timeout) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setDefaultEncoding("UTF-8");
        Properties props = mail.getJavaMailProperties();
        String millis = String.valueOf(timeout.toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        SimulatedMailServer simulated = settings.isSimulated() ? simulatedMail.getIfAvailable() : null;
        if (simulated != null) {
            mail.setHost("127.0.0.1");
            mail.setPort(simulated.port());
            return mail;
        }
        mail.setHost(settings.getHost());
        mail.setPort(settings.getPort());
        if (!settings.getUsername().isBlank()) {
            mail.setUsername(settings.getUsername());
            mail.setPassword(settings.getPassword());
            props.put("mail.smtp.auth", "true");
        }
        if (settings.isStartTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        return mail;
    }

    private static Supplier<String> url(ChannelEndpoints endpoints, Channel channel) {
        return () -> endpoints.baseUrl(channel);
    }

    private static ChannelSettings settings(DistributionProperties properties, Channel channel) {
        return properties.channel(channel);
    }

    private static ProviderHttp http(DistributionProperties properties, Channel channel) {
        return new ProviderHttp(CONNECT_TIMEOUT, resilience(properties, channel).getTimeout());
    }

    /** The defaults with the channel's own overrides of timeout and attempts. */
    static Resilience resilience(DistributionProperties properties, Channel channel) {
        Resilience defaults = properties.getResilience();
        ChannelSettings own = properties.channel(channel);
        Resilience r = new Resilience();
        r.setTimeout(own.getTimeout() != null ? own.getTimeout() : defaults.getTimeout());
        r.setMaxAttempts(own.getMaxAttempts() != null ? own.getMaxAttempts() : defaults.getMaxAttempts());
        r.setInitialBackoff(defaults.getInitialBackoff());
        r.setBackoffMultiplier(defaults.getBackoffMultiplier());
        r.setJitter(defaults.getJitter());
        r.setMaxBackoff(defaults.getMaxBackoff());
        r.setBreakerWindow(defaults.getBreakerWindow());
        r.setBreakerMinimumCalls(defaults.getBreakerMinimumCalls());
        r.setFailureRateThreshold(defaults.getFailureRateThreshold());
        r.setOpenFor(defaults.getOpenFor());
        r.setHalfOpenCalls(defaults.getHalfOpenCalls());
        r.setMaxConcurrentCalls(defaults.getMaxConcurrentCalls());
        r.setMaxWait(defaults.getMaxWait());
        return r;
    }
}
