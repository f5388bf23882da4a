package com.kt.eventmarketing.analytics.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.analytics.dashboard.domain.Returns.CostBasis;
import com.kt.eventmarketing.analytics.dashboard.domain.Returns.VisitConversionBasis;
import com.kt.eventmarketing.contracts.distribution.DistributionStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnsTests {

    private static final BigDecimal DEFAULT_CONVERSION = new BigDecimal("0.30");
    private static final Plan PLAN = new Plan("DRAW", 100, 150_000, 240_000, 0.6, 50_000);

    @Test
    void beforeAnyDistributionReportTheChannelCostIsThePlansEstimate() {
        Returns returns = Returns.of(counters(200, 0), PLAN, List.of(), 10_000, DEFAULT_CONVERSION);

        assertThat(returns.costBasis()).isEqualTo(CostBasis.PLAN_ESTIMATE);
        assertThat(returns.channelCost()).isEqualTo(100_000);
        assertThat(returns.totalCost()).isEqualTo(150_000);
        // 200 × 0.30 × 10,000
        assertThat(returns.visitConversionBasis()).isEqualTo(VisitConversionBasis.DEFAULT);
        assertThat(returns.expectedRevenue()).isEqualTo(600_000);
        assertThat(returns.roi()).isEqualByComparingTo("3");
    }

    @Test
    void reportedChannelsCostWhatTheirLatestSuccessfulReportSays() {
        List<ChannelCounters> channels = List.of(
                channel("INSTAGRAM", DistributionStatus.SUCCESS, 40_000L, 30),
                channel("KAKAO_CHANNEL", DistributionStatus.FAILED, 25_000L, 0),
                channel("STORE", null, null, 12));

        Returns returns = Returns.of(counters(42, 0), PLAN, channels, 10_000, DEFAULT_CONVERSION);

        assertThat(returns.costBasis()).isEqualTo(CostBasis.DISTRIBUTION);
        assertThat(returns.channelCost()).isEqualTo(40_000);
        assertThat(returns.totalCost()).isEqualTo(90_000);
        assertThat(channels.get(0).costPerParticipant()).isEqualTo(1_333);
        assertThat(channels.get(1).costPerParticipant()).isNull();
        assertThat(channels.get(2).costPerParticipant()).isNull();
    }

    @Test
    void measuredVisitsReplaceTheDefaultConversion() {
        Returns returns = Returns.of(counters(300, 45), PLAN, List.of(), 9_000, DEFAULT_CONVERSION);

        assertThat(returns.visitConversionBasis()).isEqualTo(VisitConversionBasis.MEASURED);
        assertThat(returns.visitConversion()).isEqualByComparingTo("0.15");
        assertThat(returns.expectedRevenue()).isEqualTo(45 * 9_000);
        // (405,000 − 150,000) / 150,000
        assertThat(returns.roi()).isEqualByComparingTo("1.7");
    }

    @Test
    void withoutCostThereIsNoRoi() {
        Returns returns = Returns.of(counters(10, 0), null, List.of(), 10_000, DEFAULT_CONVERSION);

        assertThat(returns.costBasis()).isEqualTo(CostBasis.NONE);
        assertThat(returns.totalCost()).isZero();
        assertThat(returns.roi()).isNull();
        assertThat(returns.expectedRevenue()).isEqualTo(30_000);
    }

    @Test
    void roundsRevenueToWholeWonAndRoiToFourDecimals() {
        Returns returns = Returns.of(counters(7, 0), PLAN, List.of(), 8_333, DEFAULT_CONVERSION);

        // 7 × 0.30 × 8,333 = 17,499.3
        assertThat(returns.expectedRevenue()).isEqualTo(17_499);
        assertThat(returns.roi()).isEqualByComparingTo("-0.8833");
        assertThat(returns.costPerParticipant(7)).isEqualTo(21_429);
        assertThat(returns.costPerParticipant(0)).isNull();
    }

    private static Counters counters(long participants, long visits) {
        return new Counters(1_000, participants, visits, 0, 0);
    }

    private static ChannelCounters channel(String name, DistributionStatus status, Long cost, long participants) {
        return new ChannelCounters(name, 0, participants, 0, status, cost == null ? null : 1_000L, cost);
    }
}
