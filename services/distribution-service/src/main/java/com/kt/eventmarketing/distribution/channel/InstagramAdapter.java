package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.SocialPost;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Instagram Graph API content publishing: create a media container from the image URL and caption
 * ({@code POST /{ig-user-id}/media}), publish it ({@code POST /{ig-user-id}/media_publish}), then read
 * its permalink. {@code base-url} e.g. {@code https://graph.facebook.com/v21.0}, {@code account-id} the
 * Instagram business account, {@code access-token} a long-lived page token.
 */
class InstagramAdapter implements ChannelAdapter {

    private final Supplier<String> baseUrl;
    private final ChannelSettings settings;
    private final ProviderHttp http;

    InstagramAdapter(Supplier<String> baseUrl, ChannelSettings settings, ProviderHttp http) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.INSTAGRAM;
    }

    @Override
    public Posted post(ChannelRequest request) {
        SocialPost post = (SocialPost) request.content();
        if (post.imageUrl() == null) {
            throw new ChannelFailure("Instagram needs an image: the event has no selected image", false);
        }
        String account = baseUrl.get() + "/" + settings.getAccountId();
        JsonNode container = http.postForm(
                account + "/media",
                Map.of(
                        "image_url",
                        post.imageUrl(),
                        "caption",
                        post.caption(),
                        "access_token",
                        settings.getAccessToken()),
                Map.of(ProviderHttp.IDEMPOTENCY_KEY, request.idempotencyKey() + ":media"));
        String containerId = required(container, "id");
        JsonNode published = http.postForm(
                account + "/media_publish",
                Map.of("creation_id", containerId, "access_token", settings.getAccessToken()),
                Map.of(ProviderHttp.IDEMPOTENCY_KEY, request.idempotencyKey() + ":publish"));
        String mediaId = required(published, "id");
        return new Posted(mediaId, permalink(mediaId), 0);
    }

    private String permalink(String mediaId) {
        try {
            JsonNode media = http.get(
                    baseUrl.get() + "/" + mediaId + "?fields=permalink&access_token=" + settings.getAccessToken(),
                    Map.of());
            return media.path("permalink").isMissingNode()
                    ? null
                    : media.path("permalink").asString();
        } catch (ChannelFailure e) {
            return null; // the post is live; only its address is unknown
        }
    }

    private static String required(JsonNode answer, String field) {
        JsonNode value = answer.path(field);
        if (value.isMissingNode() || value.asString().isBlank()) {
            throw new ChannelFailure("Instagram answered without " + field, true);
        }
        return value.asString();
    }
}
