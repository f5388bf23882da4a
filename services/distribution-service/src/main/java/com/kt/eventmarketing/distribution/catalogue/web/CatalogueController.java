package com.kt.eventmarketing.distribution.catalogue.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.catalogue.ChannelCatalogue;
import com.kt.eventmarketing.distribution.catalogue.domain.ReachAndCost.Estimate;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** §6 Distribution: the channel catalogue with reach and cost estimates. */
@RestController
@RequestMapping("/api/v1/distributions/channels")
class CatalogueController {

    private final ChannelCatalogue catalogue;

    CatalogueController(ChannelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Every channel with its estimate; {@code industry} (e.g. {@code CAFE}) and {@code region} (시·도,
     * e.g. {@code 서울}) refine it; SMS and e-mail are counted from the owner's consenting audience.
     */
    @GetMapping
    List<ChannelResponse> channels(
            CurrentOwner owner,
            @RequestParam(required = false) @Size(max = 50) String industry,
            @RequestParam(required = false) @Size(max = 50) String region) {
        return catalogue.estimates(owner.storeId(), industry, region).stream()
                .map(ChannelResponse::of)
                .toList();
    }

    record ChannelResponse(
            Channel channel,
            String name,
            long estimatedReach,
            long estimatedCost,
            String costBasis,
            boolean directMarketing) {

        static ChannelResponse of(Estimate estimate) {
            return new ChannelResponse(
                    estimate.channel(),
                    estimate.channel().koreanName(),
                    estimate.estimatedReach(),
                    estimate.estimatedCost(),
                    estimate.basis(),
                    estimate.channel() == Channel.SMS || estimate.channel() == Channel.EMAIL);
        }
    }
}
