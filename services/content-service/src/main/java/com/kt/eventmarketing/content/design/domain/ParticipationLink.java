package com.kt.eventmarketing.content.design.domain;

import com.kt.eventmarketing.contracts.content.ImagePlatform;
import java.util.UUID;

/**
 * The public participation page an image's QR code opens: {@code {base}/e/{eventId}?ch={channel}},
 * so the participation counts the entry for the channel the image was posted on. A printed poster
 * hangs in the store: its entries count for {@code STORE}.
 */
public record ParticipationLink(String baseUrl) {

    public static final String STORE_CHANNEL = "STORE";

    public ParticipationLink {
        if (baseUrl == null || !baseUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("the public base URL must be an http(s) URL: " + baseUrl);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String forImage(UUID eventId, ImagePlatform platform) {
        return baseUrl + "/e/" + eventId + "?ch=" + channelOf(platform);
    }

    public static String channelOf(ImagePlatform platform) {
        return switch (platform) {
            case INSTAGRAM -> "INSTAGRAM";
            case KAKAO_CHANNEL -> "KAKAO_CHANNEL";
            case NAVER_BLOG -> "NAVER_BLOG";
            case POSTER -> STORE_CHANNEL;
        };
    }
}
