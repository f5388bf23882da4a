package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.channel.Delivery.Delivered;
import com.kt.eventmarketing.distribution.channel.Delivery.NotDelivered;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts to a channel through its provider adapter and that channel's own guards, and says how it
 * ended. Never throws: one channel's failure is a value, so it cannot fail the others.
 */
public class ChannelGateway {

    private static final Logger log = LoggerFactory.getLogger(ChannelGateway.class);

    private final Map<Channel, ChannelAdapter> adapters = new EnumMap<>(Channel.class);
    private final ChannelResilience resilience;
    private final MeterRegistry meters;

    ChannelGateway(List<ChannelAdapter> adapters, ChannelResilience resilience) {
        this(adapters, resilience, null);
    }

    /** @param meters where each delivery's time is recorded, by channel and outcome ({@code null}: nowhere) */
    ChannelGateway(List<ChannelAdapter> adapters, ChannelResilience resilience, MeterRegistry meters) {
        adapters.forEach(adapter -> this.adapters.put(adapter.channel(), adapter));
        this.resilience = resilience;
        this.meters = meters;
    }

    public Delivery deliver(ChannelRequest request) {
        ChannelAdapter adapter = adapters.get(request.channel());
        if (adapter == null) {
            return new NotDelivered("no adapter configured for " + request.channel(), 0);
        }
        AtomicInteger attempts = new AtomicInteger();
        try {
            Posted posted = resilience.call(request.channel(), () -> {
                attempts.incrementAndGet();
                return adapter.post(request);
            });
            return new Delivered(posted, attempts.get());
        } catch (Exception e) {
            String reason = reason(request.channel(), e);
            log.warn(
                    "{} of event {} not delivered after {} attempt(s): {}",
                    request.channel(),
                    request.eventId(),
                    attempts.get(),
                    reason);
            return new NotDelivered(reason, attempts.get());
        }
    }

    /** The breaker's state of a channel: CLOSED, OPEN, HALF_OPEN … */
    public String breakerState(Channel channel) {
        return resilience.breaker(channel).getState().name();
    }

    private String reason(Channel channel, Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return switch (cause) {
            case CallNotPermittedException open ->
                "circuit open: " + channel.koreanName() + " failed repeatedly, calls paused";
            case TimeoutException timeout ->
                "timed out after " + resilience.timeout(channel).toMillis() + " ms";
            case BulkheadFullException full -> "too many concurrent calls to " + channel.koreanName();
            case ChannelFailure failure -> failure.getMessage();
            default -> cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        };
    }
}
