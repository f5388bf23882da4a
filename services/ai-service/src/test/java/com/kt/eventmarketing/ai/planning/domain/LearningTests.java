package com.kt.eventmarketing.ai.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LearningTests {

    @Test
    void withoutResultsThePriorStands() {
        assertThat(Learning.efficiency(PastPerformance.Track.NONE, 2000)).isEqualTo(1.0);
    }

    @Test
    void blendsThePriorWithObservedCostPerParticipantWeightedByEvidence() {
        // one event here at half the expected cost per participant: prior weighs 3, the event 1
        PastPerformance.Track one = new PastPerformance.Track(
                new PastPerformance.Results(1, Math.log(1000), 100), PastPerformance.Results.NONE, 1, 0);
        // the blended log cost is (3 ln 2000 + ln 1000) / 4, so efficiency = 2^(1/4)
        assertThat(Learning.efficiency(one, 2000)).isCloseTo(Math.pow(2, 0.25), within(1e-9));

        PastPerformance.Track many = new PastPerformance.Track(
                new PastPerformance.Results(12, Math.log(1000), 100), PastPerformance.Results.NONE, 12, 0);
        assertThat(Learning.efficiency(many, 2000)).isGreaterThan(Learning.efficiency(one, 2000));
    }

    @Test
    void otherRegionsCountLessAndTheEffectIsBounded() {
        PastPerformance.Track here = new PastPerformance.Track(
                new PastPerformance.Results(3, Math.log(500), 100), PastPerformance.Results.NONE, 3, 0);
        PastPerformance.Track elsewhere = new PastPerformance.Track(
                PastPerformance.Results.NONE, new PastPerformance.Results(3, Math.log(500), 100), 0, 3);
        assertThat(Learning.efficiency(here, 2000)).isGreaterThan(Learning.efficiency(elsewhere, 2000));

        PastPerformance.Track disaster = new PastPerformance.Track(
                new PastPerformance.Results(50, Math.log(1_000_000), 1), PastPerformance.Results.NONE, 50, 0);
        assertThat(Learning.efficiency(disaster, 2000)).isEqualTo(Learning.MIN_EFFICIENCY);
    }
}
