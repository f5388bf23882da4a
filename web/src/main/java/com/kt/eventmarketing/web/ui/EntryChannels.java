package com.kt.eventmarketing.web.ui;

import java.util.List;

/**
 * Where a participant can come from, as the participation service names it ({@code EntryChannel}): the eight
 * distribution channels, the store's poster QR code and a plain link.
 */
public final class EntryChannels {

    public static final List<String> ALL = List.of(
            "URIDONGNE_TV",
            "RINGO_BIZ",
            "GENIE_TV",
            "INSTAGRAM",
            "NAVER_BLOG",
            "KAKAO_CHANNEL",
            "SMS",
            "EMAIL",
            "STORE",
            "DIRECT");

    private EntryChannels() {}
}
