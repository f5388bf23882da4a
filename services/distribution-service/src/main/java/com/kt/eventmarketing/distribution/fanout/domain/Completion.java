package com.kt.eventmarketing.distribution.fanout.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The fan-out of an event is complete when every chosen channel is final. */
public record Completion(List<Channel> succeeded, List<Channel> failed, long totalCost, long durationMillis) {

    public static Optional<Completion> of(List<Distribution> channels) {
        if (!channels.stream().allMatch(Distribution::isFinal)) {
            return Optional.empty();
        }
        List<Channel> succeeded = channels.stream()
                .filter(d -> d.status() == DistributionStatus.SUCCESS)
                .map(Distribution::channel)
                .toList();
        List<Channel> failed = channels.stream()
                .filter(d -> d.status() == DistributionStatus.FAILED)
                .map(Distribution::channel)
                .toList();
        long cost = channels.stream()
                .filter(d -> d.status() == DistributionStatus.SUCCESS)
                .mapToLong(Distribution::cost)
                .sum();
        Optional<Instant> first = channels.stream()
                .map(Distribution::firstAttemptAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        Optional<Instant> last = channels.stream()
                .map(Distribution::finishedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        long millis = first.isPresent() && last.isPresent()
                ? Math.max(0, Duration.between(first.get(), last.get()).toMillis())
                : 0;
        return Optional.of(new Completion(succeeded, failed, cost, millis));
    }
}
