package com.kt.eventmarketing.distribution.channel.domain;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.BlogPost;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.EmailMessage;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.KakaoFeed;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.RingbackAnnouncement;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.SocialPost;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TextMessage;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TvAdSlot;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TvAdSlot.Slot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an event for each channel in the form that channel takes: image sizes, text limits, the
 * advertising rules for direct messages, the TV booking, the ring-back script.
 */
public final class ChannelFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");
    private static final int TV_DAYS = 7;

    private static final Map<String, String> INDUSTRY_TAGS = Map.ofEntries(
            Map.entry("CAFE", "카페"),
            Map.entry("RESTAURANT", "맛집"),
            Map.entry("BAKERY", "빵집"),
            Map.entry("BAR", "술집"),
            Map.entry("BEAUTY", "미용실"),
            Map.entry("NAIL", "네일"),
            Map.entry("ACADEMY", "학원"),
            Map.entry("FITNESS", "헬스"),
            Map.entry("RETAIL", "쇼핑"),
            Map.entry("FLOWER", "꽃집"),
            Map.entry("PET", "반려동물"));

    private final Compliance compliance;

    public ChannelFormats(Compliance compliance) {
        this.compliance = compliance;
    }

    public ChannelContent compose(Channel channel, EventDetails event) {
        return switch (channel) {
            case INSTAGRAM -> instagram(event);
            case NAVER_BLOG -> naverBlog(event);
            case KAKAO_CHANNEL -> kakao(event);
            case SMS -> advertisingSms(event);
            case EMAIL -> email(event);
            case URIDONGNE_TV -> tv(event, Channel.URIDONGNE_TV, 15, List.of(slot(12, 13), slot(19, 21)));
            case GENIE_TV -> tv(event, Channel.GENIE_TV, 15, List.of(slot(20, 23)));
            case RINGO_BIZ -> ringback(event);
        };
    }

    /** The winner's SMS: information the winner is owed, not advertising — no prefix, no quiet hours. */
    public TextMessage winnerNotice(String storeName, String eventName, String prize, int rank) {
        String text = "[%s] %s 당첨을 축하드립니다! (%d등)%s 매장에 방문해 이 문자를 보여 주세요."
                .formatted(storeName, eventName, rank, prize == null || prize.isBlank() ? "" : " 경품: " + prize + ".");
        return textMessage("[" + storeName + "] 당첨 안내", text, false);
    }

    private SocialPost instagram(EventDetails event) {
        String link = compliance.links().participation(event.eventId(), Channel.INSTAGRAM);
        String tags = String.join(" ", hashtags(event));
        String head = event.eventName() + "\n\n";
        String tail = "\n\n" + facts(event) + "\n참여하기 👉 " + link + "\n\n" + tags;
        String body =
                fitChars(nullToEmpty(event.description()), SocialPost.MAX_CAPTION - head.length() - tail.length());
        return new SocialPost(image(event), 1080, 1080, head + body + tail);
    }

    private BlogPost naverBlog(EventDetails event) {
        String link = compliance.links().participation(event.eventId(), Channel.NAVER_BLOG);
        StringBuilder html = new StringBuilder();
        String image = image(event);
        if (image != null) {
            html.append("<p><img src=\"")
                    .append(Html.escape(image))
                    .append("\" width=\"1200\" height=\"800\" alt=\"")
                    .append(Html.escape(event.eventName()))
                    .append("\"></p>\n");
        }
        html.append("<p>")
                .append(Html.paragraphs(nullToEmpty(event.description())))
                .append("</p>\n");
        html.append("<ul>\n");
        if (hasText(event.prize())) {
            html.append("<li>혜택: ").append(Html.escape(event.prize())).append("</li>\n");
        }
        html.append("<li>기간: ").append(Html.escape(period(event))).append("</li>\n");
        html.append("<li>매장: ").append(Html.escape(event.storeName())).append("</li>\n");
        html.append("</ul>\n");
        html.append("<p><a href=\"").append(Html.escape(link)).append("\">이벤트 참여하기</a></p>");
        List<String> tags = hashtags(event).stream().map(t -> t.substring(1)).toList();
        return new BlogPost("[" + event.storeName() + "] " + event.eventName(), html.toString(), tags);
    }

    private KakaoFeed kakao(EventDetails event) {
        String link = compliance.links().participation(event.eventId(), Channel.KAKAO_CHANNEL);
        String description = compliance.advertisingHead(event.storeName()) + " "
                + fitChars(nullToEmpty(event.description()), 200) + "\n" + facts(event)
                + "\n수신거부: 채널 홈에서 채널 차단";
        return new KakaoFeed(event.eventName(), description, image(event), 800, 800, "이벤트 참여하기", link);
    }

    private TextMessage advertisingSms(EventDetails event) {
        String link = compliance.links().participation(event.eventId(), Channel.SMS);
        String head = compliance.advertisingHead(event.storeName()) + "\n" + event.eventName() + "\n";
        String tail = "\n" + facts(event) + "\n참여: " + link + "\n" + compliance.smsOptOutLine();
        int room = SmsText.LMS_MAX_BYTES - SmsText.bytes(head) - SmsText.bytes(tail);
        String body = SmsText.fit(nullToEmpty(event.description()), Math.max(0, room));
        String text = head + body + tail;
        return textMessage(Compliance.AD_PREFIX + " " + event.eventName(), text, true);
    }

    private EmailMessage email(EventDetails event) {
        String link = compliance.links().participation(event.eventId(), Channel.EMAIL);
        String optOut = compliance.optOutUrl(event.storeId());
        String subject = compliance.advertisingHead(event.storeName()) + " " + event.eventName();
        String image = image(event);
        StringBuilder html =
                new StringBuilder("<!doctype html><html lang=\"ko\"><body style=\"font-family:sans-serif\">");
        html.append("<h1>").append(Html.escape(event.eventName())).append("</h1>");
        if (image != null) {
            html.append("<p><img src=\"")
                    .append(Html.escape(image))
                    .append("\" width=\"600\" alt=\"")
                    .append(Html.escape(event.eventName()))
                    .append("\"></p>");
        }
        html.append("<p>")
                .append(Html.paragraphs(nullToEmpty(event.description())))
                .append("</p>");
        html.append("<p>")
                .append(Html.escape(facts(event)).replace("\n", "<br>"))
                .append("</p>");
        html.append("<p><a href=\"").append(Html.escape(link)).append("\">이벤트 참여하기</a></p>");
        html.append("<hr><p style=\"font-size:12px;color:#666\">")
                .append("본 메일은 ")
                .append(Html.escape(event.storeName()))
                .append("의 마케팅 정보 수신에 동의하신 분께 발송되는 광고 메일입니다.<br>")
                .append("수신을 원하지 않으시면 <a href=\"")
                .append(Html.escape(optOut))
                .append("\">수신거부</a>")
                .append(" 또는 무료수신거부 ")
                .append(Html.escape(compliance.optOutNumber()))
                .append("</p></body></html>");
        String text = subject + "\n\n" + nullToEmpty(event.description()) + "\n\n" + facts(event) + "\n참여: " + link
                + "\n\n수신거부: " + optOut + " / 무료수신거부 " + compliance.optOutNumber();
        return new EmailMessage(subject, html.toString(), text, optOut);
    }

    private TvAdSlot tv(EventDetails event, Channel channel, int seconds, List<Window> daily) {
        LocalDate first = event.startDate() == null ? LocalDate.now() : event.startDate();
        LocalDate last = event.endDate() == null ? first.plusDays(TV_DAYS - 1) : event.endDate();
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = first;
                !day.isAfter(last) && slots.size() < TV_DAYS * daily.size();
                day = day.plusDays(1)) {
            for (Window window : daily) {
                slots.add(new Slot(day, window.start(), window.end()));
            }
        }
        return new TvAdSlot(
                "[" + event.storeName() + "] " + event.eventName(),
                event.region() == null ? "전국" : event.region(),
                event.district(),
                slots,
                seconds,
                image(event),
                compliance.links().participation(event.eventId(), channel));
    }

    private RingbackAnnouncement ringback(EventDetails event) {
        String store = event.storeName();
        String name = event.eventName();
        List<String> candidates = List.of(
                "안녕하세요, %s입니다. 지금 %s 진행 중! 자세한 내용은 매장에 문의해 주세요.".formatted(store, name),
                "안녕하세요, %s입니다. 지금 %s 진행 중입니다!".formatted(store, name),
                "%s입니다. %s 진행 중!".formatted(store, name),
                "%s입니다. 지금 이벤트 진행 중!".formatted(store));
        String script = candidates.stream()
                .filter(c -> c.length() <= RingbackAnnouncement.MAX_CHARS)
                .findFirst()
                .orElseGet(() -> fitChars(candidates.getLast(), RingbackAnnouncement.MAX_CHARS));
        return new RingbackAnnouncement(script);
    }

    private static TextMessage textMessage(String title, String text, boolean advertising) {
        SmsText.Kind kind = SmsText.kindOf(text);
        String fitted = kind == SmsText.Kind.LMS ? SmsText.fit(text, SmsText.LMS_MAX_BYTES) : text;
        return new TextMessage(
                kind,
                kind == SmsText.Kind.LMS ? SmsText.fit(title, SmsText.LMS_TITLE_MAX_BYTES) : null,
                fitted,
                advertising);
    }

    private String image(EventDetails event) {
        return compliance.links().absolute(event.imageUrl());
    }

    private static String facts(EventDetails event) {
        StringBuilder facts = new StringBuilder();
        if (hasText(event.prize())) {
            facts.append("혜택: ").append(event.prize()).append('\n');
        }
        facts.append("기간: ").append(period(event));
        return facts.toString();
    }

    private static String period(EventDetails event) {
        if (event.startDate() == null && event.endDate() == null) {
            return "상시";
        }
        return (event.startDate() == null ? "" : event.startDate().format(DAY)) + "~"
                + (event.endDate() == null ? "" : event.endDate().format(DAY));
    }

    static List<String> hashtags(EventDetails event) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("#" + event.storeName().replaceAll("[^\\p{L}\\p{N}_]", ""));
        tags.add("#이벤트");
        String industry = event.industry() == null ? null : INDUSTRY_TAGS.get(event.industry());
        if (industry != null) {
            tags.add("#" + industry);
            if (event.region() != null) {
                tags.add("#" + event.region() + industry);
            }
            if (event.district() != null) {
                tags.add("#" + event.district().replaceAll("\\s", "") + industry);
            }
        }
        if (hasText(event.prize())) {
            tags.add("#경품이벤트");
        }
        tags.remove("#");
        return List.copyOf(tags);
    }

    private static Window slot(int from, int to) {
        return new Window(LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private record Window(LocalTime start, LocalTime end) {}

    private static String fitChars(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? "" : text.substring(0, max - 1).stripTrailing() + "…";
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
