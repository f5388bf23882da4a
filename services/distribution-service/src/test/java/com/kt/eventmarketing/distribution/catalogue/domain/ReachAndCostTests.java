package com.kt.eventmarketing.distribution.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost.Audience;
import org.junit.jupiter.api.Test;

class ReachAndCostTests {

    @Test
    void tvReachesMoreAndCostsMoreInTheCapital() {
        var seoul = ReachAndCost.estimate(Channel.URIDONGNE_TV, "CAFE", "서울", Audience.NONE);
        var jeju = ReachAndCost.estimate(Channel.URIDONGNE_TV, "CAFE", "제주", Audience.NONE);

        assertThat(seoul.estimatedReach()).isGreaterThan(jeju.estimatedReach());
        assertThat(seoul.estimatedCost()).isGreaterThan(jeju.estimatedCost());
    }

    @Test
    void instagramSuitsACafeBetterThanAnAcademy() {
        assertThat(ReachAndCost.estimate(Channel.INSTAGRAM, "CAFE", null, Audience.NONE)
                        .estimatedReach())
                .isGreaterThan(ReachAndCost.estimate(Channel.INSTAGRAM, "ACADEMY", null, Audience.NONE)
                        .estimatedReach());
    }

    @Test
    void directMessagesReachExactlyTheConsentingAudienceAtAPricePerMessage() {
        var sms = ReachAndCost.estimate(Channel.SMS, "CAFE", "서울", new Audience(120, 40));
        var email = ReachAndCost.estimate(Channel.EMAIL, "CAFE", "서울", new Audience(120, 40));

        assertThat(sms.estimatedReach()).isEqualTo(120);
        assertThat(sms.estimatedCost()).isEqualTo(120 * ReachAndCost.LMS_PRICE);
        assertThat(email.estimatedReach()).isEqualTo(40);
    }

    @Test
    void theActualCostOfTextsDependsOnWhatWasSent() {
        assertThat(ReachAndCost.actualCost(Channel.SMS, 9999, 10, false)).isEqualTo(100);
        assertThat(ReachAndCost.actualCost(Channel.SMS, 9999, 10, true)).isEqualTo(300);
        assertThat(ReachAndCost.actualCost(Channel.GENIE_TV, 500_000, 0, false)).isEqualTo(500_000);
    }
}
