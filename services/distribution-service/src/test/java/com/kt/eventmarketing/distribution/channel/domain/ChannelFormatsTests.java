package com.kt.eventmarketing.distribution.channel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.EmailMessage;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.KakaoFeed;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.RingbackAnnouncement;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.SocialPost;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TextMessage;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TvAdSlot;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChannelFormatsTests {

    final ChannelFormats formats =
            new ChannelFormats(new Compliance("080-500-4233", new PublicLinks("https://event.example.kr/")));

    @Test
    void advertisingSmsStartsWithTheAdHeadCarriesTheStoreAndAFreeRefusal() {
        TextMessage sms = (TextMessage) formats.compose(Channel.SMS, event("설명"));

        assertThat(sms.text()).startsWith("(광고)[카페 봄]");
        assertThat(sms.text()).contains("무료수신거부 080-500-4233");
        assertThat(sms.text()).contains("https://event.example.kr/e/");
        assertThat(sms.advertising()).isTrue();
    }

    @Test
    void aLongAdvertisingTextBecomesAnLmsWithATitleAndNeverExceedsTheLmsLimit() {
        TextMessage lms = (TextMessage) formats.compose(Channel.SMS, event("아주 긴 설명입니다. ".repeat(300)));

        assertThat(lms.kind()).isEqualTo(SmsText.Kind.LMS);
        assertThat(lms.title()).startsWith("(광고)");
        assertThat(SmsText.bytes(lms.text())).isLessThanOrEqualTo(SmsText.LMS_MAX_BYTES);
        assertThat(lms.text()).endsWith("무료수신거부 080-500-4233");
    }

    @Test
    void theWinnerNoticeIsNotAdvertising() {
        TextMessage notice = formats.winnerNotice("카페 봄", "추첨", "쿠폰", 1);

        assertThat(notice.text()).doesNotContain("(광고)").startsWith("[카페 봄]");
        assertThat(notice.advertising()).isFalse();
    }

    @Test
    void instagramGetsASquareImageAndACaptionWithHashtagsWithinTwoThousandTwoHundredCharacters() {
        SocialPost post = (SocialPost) formats.compose(Channel.INSTAGRAM, event("긴 설명 ".repeat(1000)));

        assertThat(post.imageWidth()).isEqualTo(1080);
        assertThat(post.imageHeight()).isEqualTo(1080);
        assertThat(post.imageUrl()).isEqualTo("https://event.example.kr/api/v1/content/images/img");
        assertThat(post.caption()).hasSizeLessThanOrEqualTo(SocialPost.MAX_CAPTION);
        assertThat(post.caption()).contains("#카페봄", "#서울카페", "#마포구카페", "?ch=INSTAGRAM");
    }

    @Test
    void kakaoAdvertisingStartsWithTheAdHeadAndLinksTheParticipationPage() {
        KakaoFeed feed = (KakaoFeed) formats.compose(Channel.KAKAO_CHANNEL, event("설명"));

        assertThat(feed.description()).startsWith("(광고)[카페 봄]").contains("채널 차단");
        assertThat(feed.link()).endsWith("?ch=KAKAO_CHANNEL");
        assertThat(feed.imageWidth()).isEqualTo(800);
    }

    @Test
    void emailCarriesTheRefusalInTheFooterAndEscapesOwnerText() {
        EmailMessage mail = (EmailMessage) formats.compose(Channel.EMAIL, event("<script>x</script>"));

        assertThat(mail.subject()).startsWith("(광고)[카페 봄]");
        assertThat(mail.html()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(mail.html()).contains("수신거부").contains("080-500-4233");
        assertThat(mail.unsubscribeUrl()).startsWith("https://event.example.kr/opt-out/");
    }

    @Test
    void theRingBackScriptIsShortEnoughToBeSpokenOnTheLine() {
        RingbackAnnouncement short_ = (RingbackAnnouncement) formats.compose(Channel.RINGO_BIZ, event("x"));
        EventDetails longName = new EventDetails(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "아주아주 긴 이름의 동네 베이커리 카페 본점",
                "BAKERY",
                "부산",
                null,
                "연말연시 감사 대잔치 특별 경품 추첨 이벤트 두 번째 시즌",
                "",
                null,
                null,
                null,
                null);
        RingbackAnnouncement long_ = (RingbackAnnouncement) formats.compose(Channel.RINGO_BIZ, longName);

        assertThat(short_.script())
                .hasSizeLessThanOrEqualTo(RingbackAnnouncement.MAX_CHARS)
                .contains("카페 봄");
        assertThat(long_.script()).hasSizeLessThanOrEqualTo(RingbackAnnouncement.MAX_CHARS);
    }

    @Test
    void tvBookingsTargetTheStoresRegionInDailySlotsOverTheEventPeriod() {
        TvAdSlot cable = (TvAdSlot) formats.compose(Channel.URIDONGNE_TV, event("x"));
        TvAdSlot iptv = (TvAdSlot) formats.compose(Channel.GENIE_TV, event("x"));

        assertThat(cable.region()).isEqualTo("서울");
        assertThat(cable.district()).isEqualTo("마포구");
        assertThat(cable.slots()).hasSize(14); // two slots a day, a week at most
        assertThat(iptv.slots()).hasSize(7);
        assertThat(cable.durationSeconds()).isEqualTo(15);
        assertThat(cable.creativeUrl()).startsWith("https://event.example.kr/");
    }

    static EventDetails event(String description) {
        return new EventDetails(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "카페 봄",
                "CAFE",
                "서울",
                "마포구",
                "겨울 신메뉴 경품 추첨",
                description,
                "아메리카노 1잔",
                "/api/v1/content/images/img",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 14));
    }
}
