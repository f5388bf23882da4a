package com.kt.eventmarketing.contracts.participation;

import com.kt.eventmarketing.contracts.Channel;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a participant came from: the {@code ?ch=} of the public page. Every distribution
 * {@link Channel}, plus {@code STORE} (the QR code of the window poster) and {@code DIRECT} (a link
 * without {@code ?ch=}, or one that names no known channel).
 */
public enum EntryChannel {
    URIDONGNE_TV,
    RINGO_BIZ,
    GENIE_TV,
    INSTAGRAM,
    NAVER_BLOG,
    KAKAO_CHANNEL,
    SMS,
    EMAIL,
    STORE,
    DIRECT;

    /** The distribution channel this entry is credited to, if any (STORE and DIRECT cost nothing). */
    public Optional<Channel> distributionChannel() {
        return switch (this) {
            case STORE, DIRECT -> Optional.empty();
            default -> Optional.of(Channel.valueOf(name()));
        };
    }

    /** The channel named by a {@code ?ch=} value (any case); {@code DIRECT} when absent or unknown. */
    public static EntryChannel fromParameter(String value) {
        if (value == null || value.isBlank() || value.length() > 20) {
            return DIRECT;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return DIRECT;
        }
    }
}
