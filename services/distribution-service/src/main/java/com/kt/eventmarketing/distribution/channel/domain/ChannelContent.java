package com.kt.eventmarketing.distribution.channel.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What one channel receives, in the format that channel needs. */
public sealed interface ChannelContent {

    /** A short description of what was sent, stored with the distribution row. */
    String summary();

    /** Instagram: a square image and a caption with hashtags (2 200 characters at most). */
    record SocialPost(String imageUrl, int imageWidth, int imageHeight, String caption) implements ChannelContent {
        public static final int MAX_CAPTION = 2200;

        @Override
        public String summary() {
            return "image %dx%d %s; caption %d chars: %s"
                    .formatted(imageWidth, imageHeight, imageUrl, caption.length(), firstLine(caption));
        }
    }

    /** Naver Blog: a post with a title and an HTML body. */
    record BlogPost(String title, String html, List<String> tags) implements ChannelContent {
        @Override
        public String summary() {
            return "post \"%s\", %d chars of HTML, tags %s".formatted(title, html.length(), tags);
        }
    }

    /** Kakao Channel: a feed message with image and a button to the participation page. */
    record KakaoFeed(
            String title,
            String description,
            String imageUrl,
            int imageWidth,
            int imageHeight,
            String buttonTitle,
            String link)
            implements ChannelContent {
        @Override
        public String summary() {
            return "feed \"%s\": %s; button %s -> %s".formatted(title, firstLine(description), buttonTitle, link);
        }
    }

    /** SMS or LMS (over 90 bytes), advertising or not. */
    record TextMessage(SmsText.Kind kind, String title, String text, boolean advertising) implements ChannelContent {
        @Override
        public String summary() {
            return "%s %d bytes%s: %s"
                    .formatted(kind, SmsText.bytes(text), advertising ? " (advertising)" : "", firstLine(text));
        }
    }

    /** E-mail: HTML with the image, a plain-text part and an unsubscribe address. */
    record EmailMessage(String subject, String html, String text, String unsubscribeUrl) implements ChannelContent {
        @Override
        public String summary() {
            return "subject \"%s\"; unsubscribe %s".formatted(subject, unsubscribeUrl);
        }
    }

    /** 우리동네TV / 지니TV: an ad booking for a region, slots, a duration and the creative. */
    record TvAdSlot(
            String title,
            String region,
            String district,
            List<Slot> slots,
            int durationSeconds,
            String creativeUrl,
            String landingUrl)
            implements ChannelContent {

        public record Slot(LocalDate date, LocalTime start, LocalTime end) {}

        @Override
        public String summary() {
            return "%ds spot in %s%s, %d slots from %s; creative %s"
                    .formatted(
                            durationSeconds,
                            region,
                            district == null ? "" : " " + district,
                            slots.size(),
                            slots.isEmpty() ? "-" : slots.getFirst().date(),
                            creativeUrl);
        }
    }

    /** 링고비즈: the spoken text callers hear instead of the ring tone on the store's line. */
    record RingbackAnnouncement(String script) implements ChannelContent {
        public static final int MAX_CHARS = 60;

        @Override
        public String summary() {
            return "ring-back script (%d chars): %s".formatted(script.length(), script);
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
