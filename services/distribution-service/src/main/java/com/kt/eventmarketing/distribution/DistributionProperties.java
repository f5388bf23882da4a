package com.kt.eventmarketing.distribution;

import com.kt.eventmarketing.contracts.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code kt.distribution.*}: links, compliance, dispatching, resilience and each channel's provider. */
@ConfigurationProperties("kt.distribution")
public class DistributionProperties {

    /** The platform's public address: participation links, opt-out page, relative image URLs. */
    private String publicBaseUrl = "http://localhost:8080";

    /** The free number to refuse advertising (무료수신거부) printed in every advertising text. */
    private String optOutNumber = "080-000-0000";

    /** Where the channel simulator answers; blank: this service's own {@code /simulator}. */
    private String simulatorUrl = "";

    /** How often due and abandoned distributions are looked for (quiet-hours queue, restarts). */
    private Duration pollInterval = Duration.ofSeconds(5);

    /** How long a channel in progress is held before another worker may take it over. */
    private Duration lease = Duration.ofMinutes(2);

    /** Winner SMS: attempts (each with the channel's own retries) before the notice is FAILED. */
    private int winnerNoticeAttempts = 5;

    private Resilience resilience = new Resilience();

    private Simulator simulator = new Simulator();

    /** Per channel, keyed by the channel in kebab case: {@code instagram}, {@code naver-blog}, … */
    private Map<String, ChannelSettings> channels = new HashMap<>();

    public ChannelSettings channel(Channel channel) {
        return channels.computeIfAbsent(key(channel), k -> new ChannelSettings());
    }

    public static String key(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Defaults for every channel's breaker, retry, timeout and bulkhead (tuned for low volumes). */
    public static class Resilience {
        private Duration timeout = Duration.ofSeconds(5);
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private double backoffMultiplier = 2.0;
        private double jitter = 0.5;
        private Duration maxBackoff = Duration.ofSeconds(5);
        private int breakerWindow = 10;
        private int breakerMinimumCalls = 5;
        private float failureRateThreshold = 50;
        private Duration openFor = Duration.ofSeconds(30);
        private int halfOpenCalls = 2;
        private int maxConcurrentCalls = 4;
        private Duration maxWait = Duration.ofSeconds(2);

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public double getBackoffMultiplier() {
            return backoffMultiplier;
        }

        public void setBackoffMultiplier(double backoffMultiplier) {
            this.backoffMultiplier = backoffMultiplier;
        }

        public double getJitter() {
            return jitter;
        }

        public void setJitter(double jitter) {
            this.jitter = jitter;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public int getBreakerWindow() {
            return breakerWindow;
        }

        public void setBreakerWindow(int breakerWindow) {
            this.breakerWindow = breakerWindow;
        }

        public int getBreakerMinimumCalls() {
            return breakerMinimumCalls;
        }

        public void setBreakerMinimumCalls(int breakerMinimumCalls) {
            this.breakerMinimumCalls = breakerMinimumCalls;
        }

        public float getFailureRateThreshold() {
            return failureRateThreshold;
        }

        public void setFailureRateThreshold(float failureRateThreshold) {
            this.failureRateThreshold = failureRateThreshold;
        }

        public Duration getOpenFor() {
            return openFor;
        }

        public void setOpenFor(Duration openFor) {
            this.openFor = openFor;
        }

        public int getHalfOpenCalls() {
            return halfOpenCalls;
        }

        public void setHalfOpenCalls(int halfOpenCalls) {
            this.halfOpenCalls = halfOpenCalls;
        }

        public int getMaxConcurrentCalls() {
            return maxConcurrentCalls;
        }

        public void setMaxConcurrentCalls(int maxConcurrentCalls) {
            this.maxConcurrentCalls = maxConcurrentCalls;
        }

        public Duration getMaxWait() {
            return maxWait;
        }

        public void setMaxWait(Duration maxWait) {
            this.maxWait = maxWait;
        }
    }

    /** How the simulated providers behave: delays and failures per channel (benchmark, demos, tests). */
    public static class Simulator {
        /** Answer delay per channel key, e.g. {@code naver-blog: 2s}. */
        private Map<String, Duration> delays = new HashMap<>();

        /** Channel keys whose simulated provider answers 503. */
        private List<String> failing = new ArrayList<>();

        public Map<String, Duration> getDelays() {
            return delays;
        }

        public void setDelays(Map<String, Duration> delays) {
            this.delays = delays;
        }

        public List<String> getFailing() {
            return failing;
        }

        public void setFailing(List<String> failing) {
            this.failing = failing;
        }
    }

    /**
     * One channel's provider. HTTP channels use {@code baseUrl} and the credentials their API takes;
     * e-mail uses the SMTP fields. Blank {@code baseUrl}: the channel simulator.
     */
    public static class ChannelSettings {
        private String baseUrl = "";
        private String accountId = "";
        private String accessToken = "";
        private String apiKey = "";
        private String secretKey = "";
        /** Registered sender: the SMS calling number, the e-mail From address. */
        private String sender = "";

        private String senderName = "";
        /** Overrides of the resilience defaults for this channel. */
        private Duration timeout;

        private Integer maxAttempts;
        // e-mail (SMTP)
        private boolean simulated = true;
        private String host = "localhost";
        private int port = 25;
        private String username = "";
        private String password = "";
        private boolean startTls = false;

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getAccountId() {
            return accountId;
        }

        public void setAccountId(String accountId) {
            this.accountId = accountId;
        }

        public String getAccessToken() {
            return accessToken;
        }

        public void setAccessToken(String accessToken) {
            this.accessToken = accessToken;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        public String getSecretKey() {
            return secretKey;
        }

        public void setSecretKey(String secretKey) {
            this.secretKey = secretKey;
        }

        public String getSender() {
            return sender;
        }

        public void setSender(String sender) {
            this.sender = sender;
        }

        public String getSenderName() {
            return senderName;
        }

        public void setSenderName(String senderName) {
            this.senderName = senderName;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public boolean isSimulated() {
            return simulated;
        }

        public void setSimulated(boolean simulated) {
            this.simulated = simulated;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public boolean isStartTls() {
            return startTls;
        }

        public void setStartTls(boolean startTls) {
            this.startTls = startTls;
        }
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    public String getOptOutNumber() {
        return optOutNumber;
    }

    public void setOptOutNumber(String optOutNumber) {
        this.optOutNumber = optOutNumber;
    }

    public String getSimulatorUrl() {
        return simulatorUrl;
    }

    public void setSimulatorUrl(String simulatorUrl) {
        this.simulatorUrl = simulatorUrl;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public int getWinnerNoticeAttempts() {
        return winnerNoticeAttempts;
    }

    public void setWinnerNoticeAttempts(int winnerNoticeAttempts) {
        this.winnerNoticeAttempts = winnerNoticeAttempts;
    }

    public Resilience getResilience() {
        return resilience;
    }

    public void setResilience(Resilience resilience) {
        this.resilience = resilience;
    }

    public Simulator getSimulator() {
        return simulator;
    }

    public void setSimulator(Simulator simulator) {
        this.simulator = simulator;
    }

    public Map<String, ChannelSettings> getChannels() {
        return channels;
    }

    public void setChannels(Map<String, ChannelSettings> channels) {
        this.channels = channels;
    }
}
