package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.Resilience;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Each channel's own guards, so one provider's trouble stays its own: a time limit per call, a
 * bulkhead (concurrent calls), a count-based circuit breaker that can open after a handful of calls
 * (low volumes: the library default needs 100), and retries with exponential backoff and jitter.
 * Order: retry( breaker( bulkhead( time limit( call )))) — every attempt counts for the breaker, an
 * open breaker is not retried.
 */
final class ChannelResilience {

    private final Map<Channel, Guards> guards = new EnumMap<>(Channel.class);
    private final CircuitBreakerRegistry breakers;
    private final ExecutorService calls;

    record Guards(Retry retry, CircuitBreaker breaker, Bulkhead bulkhead, TimeLimiter limiter) {}

    /**
     * @param settings the resilience settings of a channel (defaults with the channel's overrides)
     * @param calls where each call runs, so the time limit can interrupt it
     */
    ChannelResilience(Function<Channel, Resilience> settings, ExecutorService calls) {
        this.calls = calls;
        this.breakers = CircuitBreakerRegistry.ofDefaults();
        BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
        RetryRegistry retries = RetryRegistry.ofDefaults();
        TimeLimiterRegistry limiters = TimeLimiterRegistry.ofDefaults();
        for (Channel channel : Channel.values()) {
            Resilience r = settings.apply(channel);
            String name = "channel-" + channel.name().toLowerCase(java.util.Locale.ROOT);
            CircuitBreaker breaker = breakers.circuitBreaker(
                    name,
                    CircuitBreakerConfig.custom()
                            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                            .slidingWindowSize(r.getBreakerWindow())
                            .minimumNumberOfCalls(Math.min(r.getBreakerMinimumCalls(), r.getBreakerWindow()))
                            .failureRateThreshold(r.getFailureRateThreshold())
                            .waitDurationInOpenState(r.getOpenFor())
                            .permittedNumberOfCallsInHalfOpenState(r.getHalfOpenCalls())
                            .automaticTransitionFromOpenToHalfOpenEnabled(true)
                            // a provider refusing our request (4xx) is not down: it must not open the breaker
                            .ignoreException(e -> e instanceof ChannelFailure failure && !failure.retryable())
                            .build());
            Bulkhead bulkhead = bulkheads.bulkhead(
                    name,
                    BulkheadConfig.custom()
                            .maxConcurrentCalls(r.getMaxConcurrentCalls())
                            .maxWaitDuration(r.getMaxWait())
                            .build());
            Retry retry = retries.retry(
                    name,
                    RetryConfig.custom()
                            .maxAttempts(Math.max(1, r.getMaxAttempts()))
                            .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                                    r.getInitialBackoff(), r.getBackoffMultiplier(), r.getJitter(), r.getMaxBackoff()))
                            .retryOnException(ChannelResilience::worthRetrying)
                            .failAfterMaxAttempts(false)
                            .build());
            TimeLimiter limiter = limiters.timeLimiter(
                    name,
                    TimeLimiterConfig.custom()
                            .timeoutDuration(r.getTimeout())
                            .cancelRunningFuture(true)
                            .build());
            guards.put(channel, new Guards(retry, breaker, bulkhead, limiter));
        }
    }

    <T> T call(Channel channel, Callable<T> call) throws Exception {
        Guards g = guards.get(channel);
        Callable<T> limited = () -> g.limiter().executeFutureSupplier(() -> calls.submit(call));
        Callable<T> isolated = Bulkhead.decorateCallable(g.bulkhead(), limited);
        Callable<T> broken = CircuitBreaker.decorateCallable(g.breaker(), isolated);
        return Retry.decorateCallable(g.retry(), broken).call();
    }

    CircuitBreaker breaker(Channel channel) {
        return guards.get(channel).breaker();
    }

    CircuitBreakerRegistry breakers() {
        return breakers;
    }

    Duration timeout(Channel channel) {
        return guards.get(channel).limiter().getTimeLimiterConfig().getTimeoutDuration();
    }

    private static boolean worthRetrying(Throwable e) {
        if (e instanceof CallNotPermittedException) {
            return false; // the breaker is open: retrying at once would only be refused again
        }
        if (e instanceof ChannelFailure failure) {
            return failure.retryable();
        }
        return e instanceof TimeoutException || e instanceof BulkheadFullException;
    }
}
