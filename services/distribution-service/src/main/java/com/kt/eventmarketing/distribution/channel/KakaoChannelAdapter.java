package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.KakaoFeed;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Kakao Channel message API: a feed template (title, description, image, button link) sent to the
 * channel's friends, {@code POST /v1/channels/{channel-id}/messages} with {@code Authorization: KakaoAK
 * <admin key>}; advertising ({@code ad: true}) so Kakao shows it as such. {@code account-id} is the
 * channel's public id; the answer carries {@code message_id} and {@code recipient_count}.
 */
class KakaoChannelAdapter implements ChannelAdapter {

    private final Supplier<String> baseUrl;
    private final ChannelSettings settings;
    private final ProviderHttp http;

    KakaoChannelAdapter(Supplier<String> baseUrl, ChannelSettings settings, ProviderHttp http) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.KAKAO_CHANNEL;
    }

    @Override
    public Posted post(ChannelRequest request) {
        KakaoFeed feed = (KakaoFeed) request.content();
        Map<String, Object> link = Map.of("web_url", feed.link(), "mobile_web_url", feed.link());
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        content.put("title", feed.title());
        content.put("description", feed.description());
        if (feed.imageUrl() != null) {
            content.put("image_url", feed.imageUrl());
            content.put("image_width", feed.imageWidth());
            content.put("image_height", feed.imageHeight());
        }
        content.put("link", link);
        Map<String, Object> template = Map.of(
                "object_type",
                "feed",
                "content",
                content,
                "buttons",
                List.of(Map.of("title", feed.buttonTitle(), "link", link)));
        JsonNode answer = http.postJson(
                baseUrl.get() + "/v1/channels/" + settings.getAccountId() + "/messages",
                Map.of("template_object", template, "ad", true),
                Map.of(
                        "Authorization",
                        "KakaoAK " + settings.getApiKey(),
                        ProviderHttp.IDEMPOTENCY_KEY,
                        request.idempotencyKey()));
        String messageId = answer.path("message_id").asString("");
        if (messageId.isBlank()) {
            throw new ChannelFailure("Kakao answered without a message id", true);
        }
        return new Posted(messageId, null, answer.path("recipient_count").asLong(0));
    }
}
