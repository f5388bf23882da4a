package com.kt.eventmarketing.distribution.catalogue;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.audience.Audiences;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost.Audience;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost.Estimate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The channel catalogue with reach and cost estimates, for the wizard and for ROI. */
@Service
public class ChannelCatalogue {

    private final Audiences audiences;

    ChannelCatalogue(Audiences audiences) {
        this.audiences = audiences;
    }

    /** Every channel, estimated for a store of this industry and region with its consenting audience. */
    public List<Estimate> estimates(UUID storeId, String industry, String region) {
        Audience audience = storeId == null ? Audience.NONE : audiences.size(storeId);
        return Arrays.stream(Channel.values())
                .map(channel -> ReachAndCost.estimate(channel, blankToNull(industry), blankToNull(region), audience))
                .toList();
    }

    public Estimate estimate(Channel channel, UUID storeId, String industry, String region) {
        return ReachAndCost.estimate(channel, blankToNull(industry), blankToNull(region), audiences.size(storeId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
