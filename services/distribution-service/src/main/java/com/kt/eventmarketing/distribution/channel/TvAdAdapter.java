package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TvAdSlot;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * KT's TV ad booking endpoints: 우리동네TV (local cable, {@code POST /v1/campaigns}) and 지니TV (IPTV,
 * {@code POST /v1/ad-bookings}). Both take the advertiser ({@code account-id}), the target region, slot
 * times, spot duration and the creative's URL with {@code X-Api-Key}, and answer with the booking's id
 * and a preview address.
 */
class TvAdAdapter implements ChannelAdapter {

    private final Channel channel;
    private final Supplier<String> baseUrl;
    private final ChannelSettings settings;
    private final ProviderHttp http;

    TvAdAdapter(Channel channel, Supplier<String> baseUrl, ChannelSettings settings, ProviderHttp http) {
        if (channel != Channel.URIDONGNE_TV && channel != Channel.GENIE_TV) {
            throw new IllegalArgumentException(channel + " is not a TV channel");
        }
        this.channel = channel;
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public Posted post(ChannelRequest request) {
        TvAdSlot slot = (TvAdSlot) request.content();
        if (slot.creativeUrl() == null) {
            throw new ChannelFailure(
                    channel.koreanName() + " needs a creative: the event has no selected image", false);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("advertiserId", settings.getAccountId());
        body.put("externalRef", request.idempotencyKey());
        body.put("title", slot.title());
        body.put("targeting", targeting(slot));
        body.put(
                "slots",
                slot.slots().stream()
                        .map(s -> Map.of(
                                "date",
                                s.date().toString(),
                                "start",
                                s.start().toString(),
                                "end",
                                s.end().toString()))
                        .toList());
        body.put("durationSeconds", slot.durationSeconds());
        body.put("creative", Map.of("type", "IMAGE", "url", slot.creativeUrl()));
        body.put("landingUrl", slot.landingUrl());
        boolean cable = channel == Channel.URIDONGNE_TV;
        JsonNode answer = http.postJson(
                baseUrl.get() + (cable ? "/v1/campaigns" : "/v1/ad-bookings"),
                body,
                Map.of("X-Api-Key", settings.getApiKey(), ProviderHttp.IDEMPOTENCY_KEY, request.idempotencyKey()));
        String id = answer.path(cable ? "campaignId" : "bookingId").asString("");
        if (id.isBlank()) {
            throw new ChannelFailure(channel.koreanName() + " answered without a booking id", true);
        }
        JsonNode preview = answer.path("previewUrl");
        return new Posted(id, preview.isMissingNode() ? null : preview.asString(), 0);
    }

    private static Map<String, Object> targeting(TvAdSlot slot) {
        Map<String, Object> targeting = new LinkedHashMap<>();
        targeting.put("regions", List.of(slot.region()));
        if (slot.district() != null) {
            targeting.put("districts", List.of(slot.district()));
        }
        return targeting;
    }
}
