package com.kt.eventmarketing.distribution.fanout.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import com.kt.eventmarketing.distribution.channel.domain.QuietHours;
import com.kt.eventmarketing.distribution.fanout.domain.Distribution.RetryDecision;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DistributionTests {

    static final UUID EVENT = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void onlyAFailedChannelMayBeRetried() {
        assertThat(row(Channel.SMS, DistributionStatus.FAILED, 0, null, null).retry())
                .isInstanceOf(RetryDecision.Accepted.class);
        assertThat(row(Channel.SMS, DistributionStatus.SUCCESS, 0, null, null).retry())
                .isInstanceOfSatisfying(
                        RetryDecision.Refused.class, r -> assertThat(r.code()).isEqualTo("already-distributed"));
        assertThat(row(Channel.SMS, DistributionStatus.PENDING, 0, null, null).retry())
                .isInstanceOf(RetryDecision.Refused.class);
        assertThat(row(Channel.SMS, DistributionStatus.IN_PROGRESS, 0, null, null)
                        .retry())
                .isInstanceOf(RetryDecision.Refused.class);
    }

    @Test
    void theIdempotencyKeyIsTheSameForEveryAttemptOfAnEventAndChannel() {
        assertThat(Distribution.idempotencyKey(EVENT, Channel.SMS))
                .isEqualTo(Distribution.idempotencyKey(EVENT, Channel.SMS));
        assertThat(Distribution.idempotencyKey(EVENT, Channel.SMS))
                .isNotEqualTo(Distribution.idempotencyKey(EVENT, Channel.EMAIL));
    }

    @Test
    void completionWaitsForEveryChannelToBeFinal() {
        assertThat(Completion.of(List.of(
                        row(Channel.SMS, DistributionStatus.SUCCESS, 10, T0, T0.plusMillis(100)),
                        row(Channel.EMAIL, DistributionStatus.PENDING, 0, null, null))))
                .isEmpty();
    }

    @Test
    void completionSumsTheCostOfWhatSucceededAndMeasuresFromFirstAttemptToLastAnswer() {
        var done = Completion.of(List.of(
                        row(Channel.SMS, DistributionStatus.SUCCESS, 60, T0, T0.plusMillis(300)),
                        row(
                                Channel.GENIE_TV,
                                DistributionStatus.SUCCESS,
                                500_000,
                                T0.plusMillis(10),
                                T0.plusMillis(2100)),
                        row(Channel.KAKAO_CHANNEL, DistributionStatus.FAILED, 12_000, T0, T0.plusMillis(900))))
                .orElseThrow();

        assertThat(done.succeeded()).containsExactly(Channel.SMS, Channel.GENIE_TV);
        assertThat(done.failed()).containsExactly(Channel.KAKAO_CHANNEL);
        assertThat(done.totalCost()).isEqualTo(500_060);
        assertThat(done.durationMillis()).isEqualTo(2100);
    }

    @Test
    void directMarketingWaitsOutQuietHoursBroadcastDoesNot() {
        SendingPlan plan = new SendingPlan(QuietHours.KOREA);
        Instant night = Instant.parse("2026-12-01T14:00:00Z"); // 23:00 in Seoul

        assertThat(plan.sendingTime(Channel.SMS, night)).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
        assertThat(plan.sendingTime(Channel.KAKAO_CHANNEL, night)).isAfter(night);
        assertThat(plan.sendingTime(Channel.INSTAGRAM, night)).isEqualTo(night);
        assertThat(plan.maySendNow(Channel.EMAIL, night)).isFalse();
        assertThat(plan.maySendNow(Channel.GENIE_TV, night)).isTrue();
    }

    static Distribution row(Channel channel, DistributionStatus status, long cost, Instant first, Instant finished) {
        return new Distribution(
                EVENT,
                channel,
                status,
                1,
                null,
                null,
                null,
                T0,
                Distribution.idempotencyKey(EVENT, channel),
                null,
                0,
                0,
                cost,
                first,
                finished,
                T0);
    }
}
