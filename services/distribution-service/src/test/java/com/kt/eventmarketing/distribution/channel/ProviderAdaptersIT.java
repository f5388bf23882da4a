package com.kt.eventmarketing.distribution.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.distribution.DistributionProperties.ChannelSettings;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent;
import com.kt.eventmarketing.distribution.channel.domain.ChannelContent.TextMessage;
import com.kt.eventmarketing.distribution.channel.domain.ChannelFormats;
import com.kt.eventmarketing.distribution.channel.domain.Compliance;
import com.kt.eventmarketing.distribution.channel.domain.EventDetails;
import com.kt.eventmarketing.distribution.channel.domain.PublicLinks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each adapter against a local HTTP server answering like its real provider: request shapes, answers, errors. */
class ProviderAdaptersIT {

    static WireMockServer provider;

    final ChannelFormats formats =
            new ChannelFormats(new Compliance("080-500-4233", new PublicLinks("https://event.example.kr")));
    final EventDetails event = new EventDetails(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "카페 봄",
            "CAFE",
            "서울",
            "마포구",
            "겨울 신메뉴 경품 추첨",
            "신메뉴 출시 기념 추첨 이벤트입니다.",
            "아메리카노 1잔",
            "/api/v1/content/images/abc",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 14));
    final ProviderHttp http = new ProviderHttp(Duration.ofSeconds(1), Duration.ofSeconds(2));

    @BeforeAll
    static void start() {
        provider = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        provider.start();
    }

    @AfterAll
    static void stop() {
        provider.stop();
    }

    @BeforeEach
    void reset() {
        provider.resetAll();
    }

    @Test
    void instagramCreatesAContainerThenPublishesItAndReadsThePermalink() {
        provider.stubFor(post(urlPathEqualTo("/v21.0/1784/media")).willReturn(okJson("{\"id\":\"c-1\"}")));
        provider.stubFor(post(urlPathEqualTo("/v21.0/1784/media_publish")).willReturn(okJson("{\"id\":\"m-9\"}")));
        provider.stubFor(get(urlPathEqualTo("/v21.0/m-9"))
                .willReturn(okJson("{\"id\":\"m-9\",\"permalink\":\"https://www.instagram.com/p/abc/\"}")));
        ChannelSettings settings = settings();
        settings.setAccountId("1784");
        settings.setAccessToken("tok");
        InstagramAdapter adapter = new InstagramAdapter(() -> provider.baseUrl() + "/v21.0", settings, http);

        Posted posted = adapter.post(request(Channel.INSTAGRAM));

        assertThat(posted.externalId()).isEqualTo("m-9");
        assertThat(posted.externalUrl()).isEqualTo("https://www.instagram.com/p/abc/");
        provider.verify(postRequestedFor(urlPathEqualTo("/v21.0/1784/media"))
                .withRequestBody(
                        containing("image_url=https%3A%2F%2Fevent.example.kr%2Fapi%2Fv1%2Fcontent%2Fimages%2Fabc"))
                .withRequestBody(containing("access_token=tok")));
        provider.verify(postRequestedFor(urlPathEqualTo("/v21.0/1784/media_publish"))
                .withRequestBody(containing("creation_id=c-1")));
    }

    @Test
    void naverBlogPostsTitleAndHtmlWithTheOwnersToken() {
        provider.stubFor(
                post(urlPathEqualTo("/blog/writePost.json"))
                        .willReturn(
                                okJson(
                                        "{\"message\":{\"@type\":\"response\",\"result\":{\"postId\":\"2231\",\"blogId\":\"cafebom\"}}}")));
        ChannelSettings settings = settings();
        settings.setAccessToken("naver-oauth");
        NaverBlogAdapter adapter = new NaverBlogAdapter(provider::baseUrl, settings, http);

        Posted posted = adapter.post(request(Channel.NAVER_BLOG));

        assertThat(posted.externalUrl()).isEqualTo("https://blog.naver.com/cafebom/2231");
        provider.verify(postRequestedFor(urlPathEqualTo("/blog/writePost.json"))
                .withHeader("Authorization", equalTo("Bearer naver-oauth"))
                .withRequestBody(containing("title=")));
    }

    @Test
    void kakaoSendsAFeedTemplateMarkedAsAdvertising() {
        provider.stubFor(post(urlPathEqualTo("/v1/channels/_cafebom/messages"))
                .willReturn(okJson("{\"message_id\":\"k-1\",\"recipient_count\":812}")));
        ChannelSettings settings = settings();
        settings.setAccountId("_cafebom");
        settings.setApiKey("admin");
        KakaoChannelAdapter adapter = new KakaoChannelAdapter(provider::baseUrl, settings, http);

        Posted posted = adapter.post(request(Channel.KAKAO_CHANNEL));

        assertThat(posted.recipients()).isEqualTo(812);
        provider.verify(postRequestedFor(urlPathEqualTo("/v1/channels/_cafebom/messages"))
                .withHeader("Authorization", equalTo("KakaoAK admin"))
                .withRequestBody(matchingJsonPath("$.template_object.object_type", equalTo("feed")))
                .withRequestBody(matchingJsonPath("$.ad", equalTo("true")))
                .withRequestBody(matchingJsonPath(
                        "$.template_object.buttons[0].link.web_url", containing("?ch=KAKAO_CHANNEL"))));
    }

    @Test
    void smsSendsAdvertisingAsAdMmsWithTheCallingNumberAndMarksWhoGotIt() {
        provider.stubFor(
                post(urlPathEqualTo("/sms/v3.0/appKeys/app/sender/ad-mms")).willReturn(okJson("""
                        {"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCCESS"},
                         "body":{"data":{"requestId":"req-1","statusCode":"2","sendResultList":[
                           {"recipientNo":"01011112222","resultCode":0,"resultMessage":"SUCCESS","recipientGroupingKey":"p1"},
                           {"recipientNo":"01033334444","resultCode":0,"resultMessage":"SUCCESS","recipientGroupingKey":"p2"}]}}}""")));
        SmsAdapter adapter = new SmsAdapter(provider::baseUrl, smsSettings(), http);
        Set<String> sent = new HashSet<>();

        Posted posted = adapter.post(new ChannelRequest(
                event.eventId(),
                event.storeId(),
                Channel.SMS,
                "key-1",
                formats.compose(Channel.SMS, event),
                List.of(new Recipient("p1", "01011112222", null), new Recipient("p2", "01033334444", null)),
                log(sent)));

        assertThat(posted.externalId()).isEqualTo("req-1");
        assertThat(posted.recipients()).isEqualTo(2);
        assertThat(sent).containsExactlyInAnyOrder("p1", "p2");
        provider.verify(postRequestedFor(urlPathEqualTo("/sms/v3.0/appKeys/app/sender/ad-mms"))
                .withHeader("X-Secret-Key", equalTo("secret"))
                .withHeader("Idempotency-Key", equalTo("key-1:0"))
                .withRequestBody(matchingJsonPath("$.sendNo", equalTo("15881234")))
                .withRequestBody(matchingJsonPath("$.title", containing("(광고)")))
                .withRequestBody(matchingJsonPath("$.body", containing("무료수신거부 080-500-4233"))));
    }

    @Test
    void smsSkipsRecipientsAlreadySentAndSendsShortNoticesAsPlainSms() {
        provider.stubFor(
                post(urlPathEqualTo("/sms/v3.0/appKeys/app/sender/sms")).willReturn(okJson("""
                        {"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCCESS"},
                         "body":{"data":{"requestId":"req-2","sendResultList":[
                           {"recipientNo":"01033334444","resultCode":0,"recipientGroupingKey":"p2"}]}}}""")));
        SmsAdapter adapter = new SmsAdapter(provider::baseUrl, smsSettings(), http);
        Set<String> sent = new HashSet<>(Set.of("p1"));
        TextMessage notice = formats.winnerNotice("카페 봄", "추첨", null, 1);

        Posted posted = adapter.post(new ChannelRequest(
                event.eventId(),
                event.storeId(),
                Channel.SMS,
                "key-2",
                notice,
                List.of(new Recipient("p1", "01011112222", null), new Recipient("p2", "01033334444", null)),
                log(sent)));

        assertThat(posted.recipients()).isEqualTo(2);
        provider.verify(
                1,
                postRequestedFor(urlPathEqualTo("/sms/v3.0/appKeys/app/sender/sms"))
                        .withRequestBody(matchingJsonPath("$.recipientList.length()", equalTo("1")))
                        .withRequestBody(matchingJsonPath("$.recipientList[0].recipientNo", equalTo("01033334444"))));
    }

    @Test
    void smsRefusalOfTheRequestIsNotRetryable() {
        provider.stubFor(
                post(urlPathEqualTo("/sms/v3.0/appKeys/app/sender/ad-mms"))
                        .willReturn(
                                okJson(
                                        "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1006,\"resultMessage\":\"unregistered sendNo\"}}")));
        SmsAdapter adapter = new SmsAdapter(provider::baseUrl, smsSettings(), http);

        assertThatThrownBy(() -> adapter.post(new ChannelRequest(
                        event.eventId(),
                        event.storeId(),
                        Channel.SMS,
                        "key-3",
                        formats.compose(Channel.SMS, event),
                        List.of(new Recipient("p1", "01011112222", null)),
                        RecipientLog.none())))
                .isInstanceOfSatisfying(ChannelFailure.class, f -> {
                    assertThat(f.retryable()).isFalse();
                    assertThat(f.getMessage()).contains("-1006");
                });
    }

    @Test
    void tvChannelsBookRegionSlotsDurationAndCreative() {
        provider.stubFor(
                post(urlPathEqualTo("/v1/campaigns"))
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"campaignId\":\"cmp-1\",\"status\":\"BOOKED\",\"previewUrl\":\"https://tv.kt/p/cmp-1\"}")));
        provider.stubFor(post(urlPathEqualTo("/v1/ad-bookings"))
                .willReturn(okJson("{\"bookingId\":\"bk-1\",\"status\":\"BOOKED\"}")));
        ChannelSettings settings = settings();
        settings.setApiKey("kt-key");
        settings.setAccountId("adv-7");

        Posted cable = new TvAdAdapter(Channel.URIDONGNE_TV, provider::baseUrl, settings, http)
                .post(request(Channel.URIDONGNE_TV));
        Posted iptv =
                new TvAdAdapter(Channel.GENIE_TV, provider::baseUrl, settings, http).post(request(Channel.GENIE_TV));

        assertThat(cable.externalId()).isEqualTo("cmp-1");
        assertThat(cable.externalUrl()).isEqualTo("https://tv.kt/p/cmp-1");
        assertThat(iptv.externalId()).isEqualTo("bk-1");
        provider.verify(postRequestedFor(urlPathEqualTo("/v1/campaigns"))
                .withHeader("X-Api-Key", equalTo("kt-key"))
                .withRequestBody(matchingJsonPath("$.advertiserId", equalTo("adv-7")))
                .withRequestBody(matchingJsonPath("$.targeting.regions[0]", equalTo("서울")))
                .withRequestBody(matchingJsonPath("$.durationSeconds", equalTo("15")))
                .withRequestBody(matchingJsonPath("$.slots[0].date", equalTo("2026-12-01")))
                .withRequestBody(matchingJsonPath(
                        "$.creative.url", equalTo("https://event.example.kr/api/v1/content/images/abc"))));
    }

    @Test
    void ringoBizSetsTheRingBackScriptOfTheStoreLine() {
        provider.stubFor(post(urlPathEqualTo("/v1/ringback/announcements"))
                .willReturn(okJson("{\"announcementId\":\"rb-1\",\"status\":\"ACTIVE\"}")));
        ChannelSettings settings = settings();
        settings.setApiKey("kt-key");

        Posted posted = new RingoBizAdapter(provider::baseUrl, settings, http).post(request(Channel.RINGO_BIZ));

        assertThat(posted.externalId()).isEqualTo("rb-1");
        provider.verify(postRequestedFor(urlPathEqualTo("/v1/ringback/announcements"))
                .withRequestBody(matchingJsonPath(
                        "$.subscriberRef", equalTo(event.storeId().toString())))
                .withRequestBody(matchingJsonPath("$.script", containing("카페 봄"))));
    }

    @Test
    void serverErrorsAndThrottlingAreRetryableClientErrorsAreNot() {
        RingoBizAdapter adapter = new RingoBizAdapter(provider::baseUrl, settings(), http);
        provider.stubFor(post(urlPathEqualTo("/v1/ringback/announcements"))
                .willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> adapter.post(request(Channel.RINGO_BIZ)))
                .isInstanceOfSatisfying(
                        ChannelFailure.class, f -> assertThat(f.retryable()).isTrue());
        provider.stubFor(post(urlPathEqualTo("/v1/ringback/announcements"))
                .willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> adapter.post(request(Channel.RINGO_BIZ)))
                .isInstanceOfSatisfying(
                        ChannelFailure.class, f -> assertThat(f.retryable()).isTrue());
        provider.stubFor(post(urlPathEqualTo("/v1/ringback/announcements"))
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"script too long\"}")));
        assertThatThrownBy(() -> adapter.post(request(Channel.RINGO_BIZ)))
                .isInstanceOfSatisfying(ChannelFailure.class, f -> {
                    assertThat(f.retryable()).isFalse();
                    assertThat(f.getMessage()).contains("HTTP 400").contains("script too long");
                });
    }

    @Test
    void aSlowProviderTimesOutAsARetryableFailure() {
        provider.stubFor(post(urlPathEqualTo("/v1/ringback/announcements"))
                .willReturn(okJson("{\"announcementId\":\"rb-2\"}").withFixedDelay(1500)));
        RingoBizAdapter adapter = new RingoBizAdapter(
                provider::baseUrl, settings(), new ProviderHttp(Duration.ofSeconds(1), Duration.ofMillis(300)));

        assertThatThrownBy(() -> adapter.post(request(Channel.RINGO_BIZ)))
                .isInstanceOfSatisfying(ChannelFailure.class, f -> {
                    assertThat(f.retryable()).isTrue();
                    assertThat(f.getMessage()).contains("no answer");
                });
    }

    private ChannelRequest request(Channel channel) {
        ChannelContent content = formats.compose(channel, event);
        return ChannelRequest.broadcast(
                event.eventId(), event.storeId(), channel, event.eventId() + ":" + channel, content);
    }

    private static ChannelSettings settings() {
        return new ChannelSettings();
    }

    private static ChannelSettings smsSettings() {
        ChannelSettings settings = new ChannelSettings();
        settings.setApiKey("app");
        settings.setSecretKey("secret");
        settings.setSender("15881234");
        return settings;
    }

    static RecipientLog log(Set<String> sent) {
        return new RecipientLog() {
            @Override
            public boolean alreadySent(String ref) {
                return sent.contains(ref);
            }

            @Override
            public void sent(String ref) {
                sent.add(ref);
            }
        };
    }
}
