package com.kt.eventmarketing.distribution.channel;

/**
 * A provider did not take a posting. {@code retryable}: worth trying again (5xx, 408, 429, network,
 * timeout); otherwise the request itself is wrong (4xx) and a retry would fail the same way.
 */
public class ChannelFailure extends RuntimeException {

    private final boolean retryable;

    public ChannelFailure(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public ChannelFailure(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
