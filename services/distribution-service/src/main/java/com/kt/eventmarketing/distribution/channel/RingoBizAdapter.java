package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.RingbackAnnouncement;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * KT 링고비즈: sets the announcement callers hear instead of the ring tone on the store's line,
 * {@code POST /v1/ringback/announcements} with the store, the script (spoken by text-to-speech) and
 * {@code X-Api-Key}; answers with the announcement id.
 */
class RingoBizAdapter implements ChannelAdapter {

    private final Supplier<String> baseUrl;
    private final ChannelSettings settings;
    private final ProviderHttp http;

    RingoBizAdapter(Supplier<String> baseUrl, ChannelSettings settings, ProviderHttp http) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.RINGO_BIZ;
    }

    @Override
    public Posted post(ChannelRequest request) {
        RingbackAnnouncement announcement = (RingbackAnnouncement) request.content();
        JsonNode answer = http.postJson(
                baseUrl.get() + "/v1/ringback/announcements",
                Map.of(
                        "subscriberRef", request.storeId().toString(),
                        "script", announcement.script(),
                        "voice", "ko-KR-female-1",
                        "externalRef", request.idempotencyKey()),
                Map.of("X-Api-Key", settings.getApiKey(), ProviderHttp.IDEMPOTENCY_KEY, request.idempotencyKey()));
        String id = answer.path("announcementId").asString("");
        if (id.isBlank()) {
            throw new ChannelFailure("링고비즈 answered without an announcement id", true);
        }
        return new Posted(id, null, 0);
    }
}
