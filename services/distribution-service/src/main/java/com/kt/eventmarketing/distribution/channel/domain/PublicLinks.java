package com.kt.eventmarketing.distribution.channel.domain;

import com.kt.eventmarketing.contracts.Channel;
import java.util.UUID;

/** The platform's public addresses that messages link to. */
public record PublicLinks(String baseUrl) {

    public PublicLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The participation page, tagged with the channel so analytics can attribute the entry. */
    public String participation(UUID eventId, Channel channel) {
        return baseUrl + "/e/" + eventId + "?ch=" + channel.name();
    }

    public String optOut(UUID storeId) {
        return baseUrl + "/opt-out/" + storeId;
    }

    /** An image address as providers need it: absolute (the content service serves relative paths). */
    public String absolute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        if (url.startsWith("http://") || url.startsWith("https://")) {
            return url;
        }
        return baseUrl + (url.startsWith("/") ? "" : "/") + url;
    }
}
