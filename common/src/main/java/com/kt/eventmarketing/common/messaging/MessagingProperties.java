package com.kt.eventmarketing.common.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code kt.messaging.*}: outbox resubmission and consumer retries. */
@ConfigurationProperties("kt.messaging")
public class MessagingProperties {

    /** How often failed publications are looked for. */
    private Duration resubmitInterval = Duration.ofSeconds(5);

    /** A failed publication is resubmitted once it is at least this old. */
    private Duration resubmitMinAge = Duration.ofSeconds(2);

    /**
     * Failed publications resubmitted per round (Modulith reads one batch per call): with the interval
     * this bounds how fast a backlog left by a broker outage drains (1 000 per 5 s = 200/s).
     */
    private int resubmitBatchSize = 1_000;

    /** How long processed message ids are kept to drop redeliveries. */
    private Duration processedRetention = Duration.ofDays(14);

    /** Attempts of a failing message after the first, before it goes to the dead-letter topic. */
    private int retries = 4;

    /** First retry delay; each further one doubles, up to {@link #retryMaxDelay}. */
    private Duration retryInitialDelay = Duration.ofMillis(500);

    private Duration retryMaxDelay = Duration.ofSeconds(10);

    public Duration getResubmitInterval() {
        return resubmitInterval;
    }

    public void setResubmitInterval(Duration resubmitInterval) {
        this.resubmitInterval = resubmitInterval;
    }

    public int getResubmitBatchSize() {
        return resubmitBatchSize;
    }

    public void setResubmitBatchSize(int resubmitBatchSize) {
        this.resubmitBatchSize = resubmitBatchSize;
    }

    public Duration getResubmitMinAge() {
        return resubmitMinAge;
    }

    public void setResubmitMinAge(Duration resubmitMinAge) {
        this.resubmitMinAge = resubmitMinAge;
    }

    public Duration getProcessedRetention() {
        return processedRetention;
    }

    public void setProcessedRetention(Duration processedRetention) {
        this.processedRetention = processedRetention;
    }

    public int getRetries() {
        return retries;
    }

    public void setRetries(int retries) {
        this.retries = retries;
    }

    public Duration getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(Duration retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public Duration getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(Duration retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }
}
