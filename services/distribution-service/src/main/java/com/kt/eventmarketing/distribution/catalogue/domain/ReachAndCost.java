package com.kt.eventmarketing.distribution.catalogue.domain;

import com.kt.eventmarketing.contracts.Channel;
import java.util.Map;

/**
 * Estimated reach and cost of each channel for one event, as the wizard shows them and ROI counts
 * them. Broadcast channels start from a base figure refined by region (TV audiences are larger in
 * the capital area) and industry (food and beauty travel well on Instagram and blogs, a restaurant's
 * phone rings more often); SMS and e-mail reach exactly the store's consenting audience, priced per
 * message.
 */
public final class ReachAndCost {

    /** Per-message prices in won: advertising SMS with the refusal line is nearly always an LMS. */
    public static final long LMS_PRICE = 30;

    public static final long SMS_PRICE = 10;
    public static final long EMAIL_PRICE = 1;
    public static final long KAKAO_PRICE = 15;

    private record Base(long reach, long cost, String basis) {}

    private static final Map<Channel, Base> BASE = Map.of(
            Channel.URIDONGNE_TV, new Base(30_000, 300_000, "15초 지역 케이블 광고, 1주"),
            Channel.RINGO_BIZ, new Base(1_500, 33_000, "매장 전화 통화연결음, 월 정액"),
            Channel.GENIE_TV, new Base(50_000, 500_000, "15초 IPTV 광고, 1주"),
            Channel.INSTAGRAM, new Base(3_000, 0, "매장 계정 게시물 (자연 도달)"),
            Channel.NAVER_BLOG, new Base(2_000, 0, "매장 블로그 게시물 (검색 유입)"),
            Channel.KAKAO_CHANNEL, new Base(800, 800 * KAKAO_PRICE, "채널 친구 대상 메시지, 건당 15원"),
            Channel.SMS, new Base(0, 0, "마케팅 수신 동의 고객, 건당 30원 (LMS)"),
            Channel.EMAIL, new Base(0, 0, "마케팅 수신 동의 고객 중 이메일 보유자, 건당 1원"));

    private static final Map<String, Double> TV_REGION = Map.ofEntries(
            Map.entry("서울", 1.5),
            Map.entry("경기", 1.3),
            Map.entry("인천", 1.1),
            Map.entry("부산", 1.1),
            Map.entry("대구", 1.0),
            Map.entry("대전", 0.9),
            Map.entry("광주", 0.9),
            Map.entry("울산", 0.8));

    private static final Map<String, Double> SOCIAL_INDUSTRY = Map.of(
            "CAFE", 1.5, "BAKERY", 1.4, "BEAUTY", 1.5, "NAIL", 1.4, "RESTAURANT", 1.3, "FLOWER", 1.2, "ACADEMY", 0.6);

    private static final Map<String, Double> BLOG_INDUSTRY =
            Map.of("RESTAURANT", 1.5, "CAFE", 1.3, "ACADEMY", 1.3, "BEAUTY", 1.2, "FITNESS", 1.1);

    private static final Map<String, Double> CALLS_INDUSTRY =
            Map.of("RESTAURANT", 1.6, "BEAUTY", 1.4, "NAIL", 1.3, "ACADEMY", 1.4, "FLOWER", 1.2, "CAFE", 0.7);

    private ReachAndCost() {}

    /** One channel's estimate. {@code industry} and {@code region} may be {@code null} (no refinement). */
    public static Estimate estimate(Channel channel, String industry, String region, Audience audience) {
        Base base = BASE.get(channel);
        return switch (channel) {
            case URIDONGNE_TV, GENIE_TV -> {
                double factor = region == null ? 1.0 : TV_REGION.getOrDefault(region, 0.8);
                yield new Estimate(
                        channel, Math.round(base.reach() * factor), Math.round(base.cost() * factor), base.basis());
            }
            case RINGO_BIZ ->
                new Estimate(
                        channel,
                        Math.round(base.reach() * factor(CALLS_INDUSTRY, industry)),
                        base.cost(),
                        base.basis());
            case INSTAGRAM ->
                new Estimate(
                        channel,
                        Math.round(base.reach() * factor(SOCIAL_INDUSTRY, industry)),
                        base.cost(),
                        base.basis());
            case NAVER_BLOG ->
                new Estimate(
                        channel, Math.round(base.reach() * factor(BLOG_INDUSTRY, industry)), base.cost(), base.basis());
            case KAKAO_CHANNEL -> new Estimate(channel, base.reach(), base.cost(), base.basis());
            case SMS -> new Estimate(channel, audience.withPhone(), audience.withPhone() * LMS_PRICE, base.basis());
            case EMAIL -> new Estimate(channel, audience.withEmail(), audience.withEmail() * EMAIL_PRICE, base.basis());
        };
    }

    /** The cost of what was really sent: per message for direct channels, the estimate for the others. */
    public static long actualCost(Channel channel, long estimatedCost, long recipients, boolean longMessages) {
        return switch (channel) {
            case SMS -> recipients * (longMessages ? LMS_PRICE : SMS_PRICE);
            case EMAIL -> recipients * EMAIL_PRICE;
            default -> estimatedCost;
        };
    }

    private static double factor(Map<String, Double> table, String industry) {
        return industry == null ? 1.0 : table.getOrDefault(industry, 1.0);
    }

    /** How many of the store's people may receive marketing, by phone and by e-mail. */
    public record Audience(long withPhone, long withEmail) {
        public static final Audience NONE = new Audience(0, 0);
    }

    /** A channel's estimate: people reached and won spent, and what the figure is based on. */
    public record Estimate(Channel channel, long estimatedReach, long estimatedCost, String basis) {}
}
