package com.kt.eventmarketing.distribution.channel.domain;

import java.util.UUID;

/**
 * How advertising reaches people lawfully (정보통신망법 §50): it starts with {@code (광고)}, names the
 * sender (the store) and offers a free way to refuse further messages — a free 080 number and the
 * platform's opt-out page for the store.
 *
 * @param optOutNumber the free refusal number, e.g. {@code 080-500-4233}
 */
public record Compliance(String optOutNumber, PublicLinks links) {

    public static final String AD_PREFIX = "(광고)";

    /** {@code (광고)[store]} — the head every advertising text starts with. */
    public String advertisingHead(String storeName) {
        return AD_PREFIX + "[" + storeName + "]";
    }

    /** The short refusal line of a text message: {@code 무료수신거부 080-…}. */
    public String smsOptOutLine() {
        return "무료수신거부 " + optOutNumber;
    }

    public String optOutUrl(UUID storeId) {
        return links.optOut(storeId);
    }

    public static boolean isAdvertising(String text) {
        return text.startsWith(AD_PREFIX);
    }
}
