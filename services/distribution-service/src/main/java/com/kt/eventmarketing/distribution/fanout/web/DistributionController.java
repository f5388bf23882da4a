package com.kt.eventmarketing.distribution.fanout.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import com.kt.eventmarketing.distribution.channel.ChannelEndpoints;
import com.kt.eventmarketing.distribution.fanout.DistributionManagement;
import com.kt.eventmarketing.distribution.fanout.DistributionManagement.EventDistribution;
import com.kt.eventmarketing.distribution.fanout.domain.Distribution;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** §6 Distribution: each channel's status of an event, and the manual retry of a failed channel. */
@RestController
@RequestMapping("/api/v1/distributions/events/{eventId}")
class DistributionController {

    private final DistributionManagement distributions;
    private final ChannelEndpoints endpoints;

    DistributionController(DistributionManagement distributions, ChannelEndpoints endpoints) {
        this.distributions = distributions;
        this.endpoints = endpoints;
    }

    @GetMapping
    EventDistributionResponse status(CurrentOwner owner, @PathVariable UUID eventId) {
        return EventDistributionResponse.of(distributions.statusOf(owner, eventId), endpoints);
    }

    /** 202: the channel is queued again; 409 unless it FAILED. */
    @PostMapping("/channels/{channel}/retry")
    ResponseEntity<ChannelStatusResponse> retry(
            CurrentOwner owner, @PathVariable UUID eventId, @PathVariable Channel channel) {
        Distribution queued = distributions.retry(owner, eventId, channel);
        return ResponseEntity.accepted().body(ChannelStatusResponse.of(queued, endpoints));
    }

    record EventDistributionResponse(
            UUID eventId,
            String eventName,
            Instant publishedAt,
            boolean completed,
            Instant completedAt,
            List<ChannelStatusResponse> channels) {

        static EventDistributionResponse of(EventDistribution distribution, ChannelEndpoints endpoints) {
            return new EventDistributionResponse(
                    distribution.eventId(),
                    distribution.eventName(),
                    distribution.publishedAt(),
                    distribution.completedAt() != null,
                    distribution.completedAt(),
                    distribution.channels().stream()
                            .map(row -> ChannelStatusResponse.of(row, endpoints))
                            .toList());
        }
    }

    record ChannelStatusResponse(
            Channel channel,
            String name,
            DistributionStatus status,
            int attempts,
            String externalId,
            String externalUrl,
            String lastError,
            Instant scheduledAt,
            String contentSummary,
            long estimatedReach,
            long recipients,
            long cost,
            boolean simulated,
            Instant updatedAt) {

        static ChannelStatusResponse of(Distribution row, ChannelEndpoints endpoints) {
            return new ChannelStatusResponse(
                    row.channel(),
                    row.channel().koreanName(),
                    row.status(),
                    row.attempts(),
                    row.externalId(),
                    row.externalUrl(),
                    row.lastError(),
                    row.status() == DistributionStatus.PENDING ? row.scheduledAt() : null,
                    row.contentSummary(),
                    row.estimatedReach(),
                    row.recipients(),
                    row.cost(),
                    endpoints.simulated(row.channel()),
                    row.updatedAt());
        }
    }
}
