package com.kt.eventmarketing.distribution.channel;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.BlogPost;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Naver Blog write API: {@code POST /blog/writePost.json} with {@code title} and HTML {@code contents}
 * as a form, authorised by the blog owner's OAuth token. {@code base-url} e.g.
 * {@code https://openapi.naver.com}; the answer carries {@code message.result.postId} and {@code blogId}.
 */
class NaverBlogAdapter implements ChannelAdapter {

    private final Supplier<String> baseUrl;
    private final ChannelSettings settings;
    private final ProviderHttp http;

    NaverBlogAdapter(Supplier<String> baseUrl, ChannelSettings settings, ProviderHttp http) {
        this.baseUrl = baseUrl;
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.NAVER_BLOG;
    }

    @Override
    public Posted post(ChannelRequest request) {
        BlogPost post = (BlogPost) request.content();
        JsonNode answer = http.postForm(
                baseUrl.get() + "/blog/writePost.json",
                Map.of("title", post.title(), "contents", post.html(), "tags", String.join(",", post.tags())),
                Map.of(
                        "Authorization",
                        "Bearer " + settings.getAccessToken(),
                        ProviderHttp.IDEMPOTENCY_KEY,
                        request.idempotencyKey()));
        JsonNode result = answer.path("message").path("result");
        String postId = result.path("postId").asString("");
        if (postId.isBlank()) {
            throw new ChannelFailure("Naver answered without a post id", true);
        }
        String blogId = result.path("blogId").asString("");
        String url = blogId.isBlank() ? null : "https://blog.naver.com/" + blogId + "/" + postId;
        return new Posted(postId, url, 0);
    }
}
