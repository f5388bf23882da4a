package com.kt.eventmarketing.web.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The owner's event page after publishing: overview and ending, distribution with a retry, participants (masked,
 * search, visit marks, CSV), the draw, live analytics, and another store's event.
 */
class EventPagesIT extends WebAppTest {

    static final UUID EVENT_ID = UUID.fromString("7b0c1c3e-3f7a-4e55-9d59-1f2f0d3c8a11");
    static final UUID PLAN = UUID.fromString("a1a1a1a1-0000-4000-8000-000000000001");
    static final UUID P1 = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    static final UUID P2 = UUID.fromString("c0000000-0000-4000-8000-000000000002");
    static final UUID DRAW = UUID.fromString("d0000000-0000-4000-8000-000000000001");

    static String event(String status) {
        return """
                {"eventId":"%s","userId":"%s","storeId":"%s","eventName":"봄맞이 커피 이벤트",
                 "description":"아메리카노를 드립니다","objective":"NEW_CUSTOMERS","startDate":"2026-11-20",
                 "endDate":"2026-12-01","status":"%s","selectedImageId":"b1b1b1b1-0000-4000-8000-000000000001",
                 "selectedImageUrl":"/api/v1/content/images/b1b1b1b1-0000-4000-8000-000000000001",
                 "channels":["INSTAGRAM","KAKAO_CHANNEL","SMS"],"selectedRecommendationId":"%s",
                 "createdAt":"2026-11-19T01:00:00Z","updatedAt":"2026-11-19T01:00:00Z",
                 "publishedAt":"2026-11-19T02:00:00Z","endedAt":%s,"endReason":%s}""".formatted(
                        EVENT_ID,
                        OWNER,
                        STORE,
                        status,
                        PLAN,
                        status.equals("ENDED") ? "\"2026-11-29T03:00:00Z\"" : "null",
                        status.equals("ENDED") ? "\"MANUAL\"" : "null");
    }

    static final String PLANS = """
            [{"recommendationId":"%s","eventId":"%s","eventName":"봄맞이 커피 이벤트","description":"d",
              "promotionType":"DRAW","targetAudience":"직장인","isSelected":true,"budgetLevel":"MEDIUM",
              "prize":"아메리카노 기프티콘 10장","prizeCost":45000,"participationMethod":"링크 응모",
              "startDate":"2026-11-20","endDate":"2026-12-01","recommendedChannels":["INSTAGRAM"],
              "expectedParticipants":120,"expectedCost":150000,"expectedRevenue":300000,"expectedRoi":1.0,
              "reasoning":"r","source":"AI","jobId":"e1e1e1e1-0000-4000-8000-000000000001"}]""".formatted(PLAN, EVENT_ID);

    static String dashboard(long participants, String roi) {
        return """
                {"eventId":"%s","storeId":"%s","eventName":"봄맞이 커피 이벤트","status":"PUBLISHED",
                 "startDate":"2026-11-20","endDate":"2026-12-01",
                 "summary":{"views":1234,"participants":%d,"conversionRate":0.0972,"storeVisits":17,"winners":0,
                   "marketingConsents":40,"channelCost":80000,"costBasis":"DISTRIBUTION","prizeCost":45000,
                   "totalCost":125000,"costPerParticipant":1042,"averageSpend":9000,"visitConversion":0.1417,
                   "visitConversionBasis":"MEASURED","expectedRevenue":153000,"roi":%s,
                   "predicted":{"promotionType":"DRAW","participants":120,"cost":150000,"prizeCost":45000,
                     "revenue":300000,"roi":1.0}},
                 "channels":[
                   {"channel":"INSTAGRAM","name":"인스타그램","status":"SUCCESS","reach":5000,"cost":50000,"views":800,
                    "participants":70,"conversionRate":0.0875,"storeVisits":10,"costPerParticipant":714},
                   {"channel":"KAKAO_CHANNEL","name":"카카오톡 채널","status":"FAILED","reach":3000,"cost":null,
                    "views":0,"participants":0,"conversionRate":null,"storeVisits":0,"costPerParticipant":null},
                   {"channel":"STORE","name":"매장","status":null,"reach":null,"cost":null,"views":200,
                    "participants":50,"conversionRate":0.25,"storeVisits":7,"costPerParticipant":null}],
                 "granularity":"DAY",
                 "timeline":[{"start":"2026-11-20T00:00:00+09:00","views":400,"participants":40},
                             {"start":"2026-11-21T00:00:00+09:00","views":500,"participants":50},
                             {"start":"2026-11-22T00:00:00+09:00","views":334,"participants":30}],
                 "asOf":"2026-11-29T04:00:00Z"}""".formatted(EVENT_ID, STORE, participants, roi);
    }

    static String distribution(String kakaoStatus) {
        return """
                {"eventId":"%s","eventName":"봄맞이 커피 이벤트","publishedAt":"2026-11-19T02:00:00Z",
                 "completed":%s,"completedAt":%s,
                 "channels":[
                   {"channel":"INSTAGRAM","name":"인스타그램","status":"SUCCESS","attempts":1,"externalId":"sim-ig-1",
                    "externalUrl":"https://simulator.invalid/instagram/p/1","lastError":null,"scheduledAt":null,
                    "contentSummary":"1080×1080 이미지와 캡션","estimatedReach":5000,"recipients":0,"cost":50000,
                    "simulated":true,"updatedAt":"2026-11-19T02:00:05Z"},
                   {"channel":"KAKAO_CHANNEL","name":"카카오톡 채널","status":"%s","attempts":3,"externalId":null,
                    "externalUrl":null,"lastError":%s,"scheduledAt":null,"contentSummary":"(광고) 피드 메시지",
                    "estimatedReach":3000,"recipients":0,"cost":0,"simulated":true,"updatedAt":"2026-11-19T02:00:06Z"},
                   {"channel":"SMS","name":"문자(SMS)","status":"PENDING","attempts":0,"externalId":null,
                    "externalUrl":null,"lastError":null,"scheduledAt":"2026-11-30T23:00:00Z",
                    "contentSummary":"LMS","estimatedReach":40,"recipients":0,"cost":0,"simulated":true,
                    "updatedAt":"2026-11-19T02:00:00Z"}]}""".formatted(
                        EVENT_ID,
                        kakaoStatus.equals("FAILED") ? "true" : "false",
                        kakaoStatus.equals("FAILED") ? "\"2026-11-19T02:00:06Z\"" : "null",
                        kakaoStatus,
                        kakaoStatus.equals("FAILED") ? "\"provider answered 503\"" : "null");
    }

    static String participants(String... rows) {
        return """
                {"content":[%s],"page":0,"size":20,"totalElements":%d,"totalPages":1}""".formatted(String.join(",", rows), rows.length);
    }

    static String participant(UUID id, long number, String name, String phone, String channel, boolean visited) {
        return """
                {"participantId":"%s","entryNumber":%d,"name":"%s","phoneNumber":"%s","channel":"%s",
                 "storeVisited":%s,"marketingConsent":true,"winner":false,"prizeDeliveredAt":null,
                 "createdAt":"2026-11-21T05:30:00Z"}""".formatted(id, number, name, phone, channel, visited);
    }

    static final String DRAW_RESULT = """
            {"drawId":"%s","eventId":"%s","drawNumber":1,"winnerCount":1,"storeVisitWeight":3,
             "excludePreviousWinners":false,
             "seedCommitment":"c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00",
             "masterSeed":"5eed5eed5eed5eed","seed":"d1d1d1d1d1d1","entryListHash":"ab12ab12ab12ab12",
             "entryCount":120,"drawnAt":"2026-11-29T05:00:00Z",
             "winners":[{"rank":1,"entryNumber":7,"participantId":"%s","name":"홍*동","phoneNumber":"010-****-5678",
                         "prizeDeliveredAt":null}]}""".formatted(DRAW, EVENT_ID, P1);

    private void publishedEvent(String status) {
        EVENT.stubFor(get("/api/v1/events/" + EVENT_ID).willReturn(okJson(event(status))));
        EVENT.stubFor(get("/api/v1/events/" + EVENT_ID + "/ai-recommendations").willReturn(okJson(PLANS)));
    }

    @Test
    void overviewShowsTheEventAndEndsItAfterConfirmation() {
        publishedEvent("PUBLISHED");
        ANALYTICS.stubFor(get(urlPathEqualTo("/api/v1/analytics/events/" + EVENT_ID + "/dashboard"))
                .willReturn(okJson(dashboard(120, "0.224"))));
        EVENT.stubFor(post("/api/v1/events/" + EVENT_ID + "/end").willReturn(okJson(event("ENDED"))));
        signIn();

        browser.open(url("/app/events/" + EVENT_ID)).waitForText("봄맞이 커피 이벤트");
        String page = browser.text();
        assertThat(page)
                .contains("진행 중")
                .contains("2026년 11월 20일 (금) ~ 2026년 12월 1일 (화)")
                .contains("아메리카노 기프티콘 10장")
                .contains("1,234")
                .contains("22.4%");
        assertThat(browser.find("[data-copy]").getAttribute("data-copy")).endsWith("/e/" + EVENT_ID);
        assertThat(browser.find("nav.tabs a[aria-current=page]").getText()).isEqualTo("개요");

        // the service now answers ENDED
        EVENT.stubFor(get("/api/v1/events/" + EVENT_ID).willReturn(okJson(event("ENDED"))));
        browser.click("#end-event");
        browser.driver().switchTo().alert().accept();
        browser.waitForText("이벤트를 종료했습니다");
        assertThat(browser.textOf("#event-status")).isEqualTo("종료");
        assertThat(browser.findAll("#end-event")).isEmpty();
        EVENT.verify(postRequestedFor(urlPathEqualTo("/api/v1/events/" + EVENT_ID + "/end"))
                .withHeader(
                        "Authorization",
                        equalTo("Bearer "
                                + browser.driver()
                                        .manage()
                                        .getCookieNamed("KT_SESSION")
                                        .getValue())));
    }

    @Test
    void aDraftGoesToTheWizardAndAnotherStoresEventIsNotFound() {
        EVENT.stubFor(get("/api/v1/events/" + EVENT_ID).willReturn(okJson(event("DRAFT"))));
        UUID other = UUID.randomUUID();
        EVENT.stubFor(get("/api/v1/events/" + other)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"code\":\"event-not-found\",\"detail\":\"no such event\"}")));
        signIn();

        browser.open(url("/app/events/" + EVENT_ID + "/participants"));
        assertThat(browser.currentPath()).startsWith("/app/events/" + EVENT_ID + "/wizard");

        for (String tab : List.of("", "/distribution", "/participants", "/draw", "/analytics")) {
            browser.open(url("/app/events/" + other + tab));
            assertThat(browser.text()).as(tab).contains("페이지를 찾을 수 없습니다");
        }
    }

    @Test
    void distributionShowsEachChannelAndRetriesAFailedOne() {
        publishedEvent("PUBLISHED");
        DISTRIBUTION.stubFor(
                get("/api/v1/distributions/events/" + EVENT_ID).willReturn(okJson(distribution("FAILED"))));
        DISTRIBUTION.stubFor(post("/api/v1/distributions/events/" + EVENT_ID + "/channels/KAKAO_CHANNEL/retry")
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"channel\":\"KAKAO_CHANNEL\",\"status\":\"PENDING\"}")));
        signIn();

        browser.open(url("/app/events/" + EVENT_ID + "/distribution")).waitForText("카카오톡 채널");
        assertThat(browser.find("#channel-INSTAGRAM").getText()).contains("완료").contains("게시물 보기");
        assertThat(browser.find("#channel-KAKAO_CHANNEL").getText())
                .contains("실패")
                .contains("provider answered 503");
        assertThat(browser.find("#channel-SMS").getText()).contains("대기 중").contains("2026년 12월 1일 (화) 08:00에 보냅니다");
        assertThat(browser.text()).contains("시뮬레이터");
        assertThat(browser.find("#distribution").getAttribute("hx-trigger"))
                .as("settled (SMS held till morning): no polling")
                .isNull();

        // after the retry the channel is on its way again, and the cards poll until it settles
        DISTRIBUTION.stubFor(
                get("/api/v1/distributions/events/" + EVENT_ID).willReturn(okJson(distribution("IN_PROGRESS"))));
        browser.click("#channel-KAKAO_CHANNEL button.retry");
        browser.waitForText("다시 보내고 있습니다");
        assertThat(browser.find("#channel-KAKAO_CHANNEL").getText()).contains("보내는 중");
        assertThat(browser.find("#distribution").getAttribute("hx-trigger")).isEqualTo("every 3s");
        DISTRIBUTION.verify(postRequestedFor(
                urlPathEqualTo("/api/v1/distributions/events/" + EVENT_ID + "/channels/KAKAO_CHANNEL/retry")));

        DISTRIBUTION.stubFor(
                get("/api/v1/distributions/events/" + EVENT_ID).willReturn(okJson(distribution("SUCCESS"))));
        browser.waitUntil(
                Duration.ofSeconds(8),
                d -> browser.find("#channel-KAKAO_CHANNEL").getText().contains("완료"));
        assertThat(browser.find("#distribution").getAttribute("hx-trigger"))
                .as("polling stopped")
                .isNull();
    }

    @Test
    void participantsAreMaskedSearchableMarkableAndExportable() {
        publishedEvent("PUBLISHED");
        String base = "/api/v1/events/" + EVENT_ID + "/participants";
        PARTICIPATION.stubFor(get(urlPathEqualTo(base))
                .willReturn(okJson(participants(
                        participant(P1, 1, "홍*동", "010-****-5678", "INSTAGRAM", false),
                        participant(P2, 2, "김*수", "010-****-1234", "STORE", true)))));
        PARTICIPATION.stubFor(get(urlPathEqualTo(base))
                .withQueryParam("q", equalTo("5678"))
                .willReturn(okJson(participants(participant(P1, 1, "홍*동", "010-****-5678", "INSTAGRAM", false)))));
        PARTICIPATION.stubFor(put(base + "/" + P1 + "/store-visit")
                .willReturn(okJson("{\"participantId\":\"" + P1 + "\",\"visited\":true}")));
        PARTICIPATION.stubFor(get(base + ".csv")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"participants-" + EVENT_ID + ".csv\"")
                        .withBody("\uFEFF응모번호,이름,휴대전화\r\n1,홍*동,010-****-5678\r\n")));
        signIn();

        browser.open(url("/app/events/" + EVENT_ID + "/participants")).waitForText("참여자 2명");
        assertThat(browser.text())
                .contains("홍*동")
                .contains("010-****-5678")
                .contains("매장 포스터(QR)")
                .doesNotContain("010-1234-5678");

        browser.type("#q", "5678");
        browser.waitForText("참여자 1명");
        assertThat(browser.text()).doesNotContain("김*수");
        assertThat(browser.driver().getCurrentUrl())
                .as("the search is in the address")
                .contains("q=5678");
        PARTICIPATION.verify(getRequestedFor(urlPathEqualTo(base)).withQueryParam("q", equalTo("5678")));

        browser.click("li.participant form.visit button");
        browser.waitForText("방문으로 표시했습니다");
        assertThat(browser.find("li.participant form.visit button").getAttribute("aria-pressed"))
                .isEqualTo("true");
        PARTICIPATION.verify(putRequestedFor(urlPathEqualTo(base + "/" + P1 + "/store-visit"))
                .withRequestBody(equalToJson("{\"visited\":true}")));

        @SuppressWarnings("unchecked")
        List<Object> csv = (List<Object>) browser.script("""
                return fetch(arguments[0]).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  return [r.status, r.headers.get('content-type'), r.headers.get('content-disposition'),
                          bytes[0], bytes[1], bytes[2], new TextDecoder().decode(bytes)];
                });""", "/app/events/" + EVENT_ID + "/participants.csv");
        assertThat(csv.get(0)).isEqualTo(200L);
        assertThat((String) csv.get(1)).startsWith("text/csv");
        assertThat((String) csv.get(2)).isEqualTo("attachment; filename=\"participants-" + EVENT_ID + ".csv\"");
        assertThat(List.of(csv.get(3), csv.get(4), csv.get(5))).as("UTF-8 BOM").containsExactly(0xEFL, 0xBBL, 0xBFL);
        assertThat((String) csv.get(6)).contains("1,홍*동,010-****-5678");
    }

    @Test
    void drawsWinnersAndShowsWhatMakesTheDrawVerifiable() {
        publishedEvent("ENDED");
        String draws = "/api/v1/events/" + EVENT_ID + "/draws";
        PARTICIPATION.stubFor(
                get(draws).inScenario("draw").whenScenarioStateIs("Started").willReturn(okJson("[]")));
        PARTICIPATION.stubFor(post(draws)
                .inScenario("draw")
                .willSetStateTo("drawn")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(DRAW_RESULT)));
        PARTICIPATION.stubFor(
                get(draws).inScenario("draw").whenScenarioStateIs("drawn").willReturn(okJson("[" + DRAW_RESULT + "]")));
        DISTRIBUTION.stubFor(get("/api/v1/distributions/events/" + EVENT_ID + "/winner-notices")
                .willReturn(okJson("[{\"drawId\":\"" + DRAW + "\",\"participantId\":\"" + P1
                        + "\",\"rank\":1,\"status\":\"SUCCESS\",\"attempts\":1,\"lastError\":null}]")));
        PARTICIPATION.stubFor(post("/api/v1/events/" + EVENT_ID + "/participants/" + P1 + "/phone-reveal")
                .willReturn(okJson("{\"participantId\":\"" + P1 + "\",\"phoneNumber\":\"010-1234-5678\"}")));
        PARTICIPATION.stubFor(put("/api/v1/events/" + EVENT_ID + "/participants/" + P1 + "/prize-delivered")
                .willReturn(aResponse().withStatus(204)));
        signIn();

        browser.open(url("/app/events/" + EVENT_ID + "/draw")).waitForText("당첨자 추첨");
        browser.type("#winnerCount", "0").click("#draw-form button[type=submit]");
        browser.waitForText("1부터 1,000 사이");
        assertThat(browser.find("#winnerCount").getAttribute("aria-invalid")).isEqualTo("true");
        PARTICIPATION.verify(0, postRequestedFor(urlPathEqualTo(draws)));

        browser.type("#winnerCount", "1").type("#storeVisitWeight", "3").click("#draw-form button[type=submit]");
        browser.waitForText("1회차 추첨");
        assertThat(browser.text())
                .contains("방금 추첨함")
                .contains("c0ffee00c0ffee00")
                .contains("5eed5eed5eed5eed")
                .contains("ab12ab12ab12ab12")
                .contains("홍*동")
                .contains("010-****-5678");
        PARTICIPATION.verify(postRequestedFor(urlPathEqualTo(draws))
                .withRequestBody(
                        equalToJson("{\"winnerCount\":1,\"storeVisitWeight\":3,\"excludePreviousWinners\":false}")));
        assertThat(browser.find("a[href='/e/" + EVENT_ID + "/winners']").isDisplayed())
                .isTrue();
        assertThat(browser.findAll("a[href='/api/v1/public/events/" + EVENT_ID + "/draws/1/entries.csv']"))
                .hasSize(1);

        browser.click("li.winner .reveal summary").type("li.winner .reveal input[name=reason]", "경품 전달 연락");
        browser.click("li.winner .reveal button[type=submit]");
        browser.waitForText("010-1234-5678");
        PARTICIPATION.verify(
                postRequestedFor(urlPathEqualTo("/api/v1/events/" + EVENT_ID + "/participants/" + P1 + "/phone-reveal"))
                        .withRequestBody(equalToJson("{\"reason\":\"경품 전달 연락\"}")));

        browser.click("li.winner .delivery button");
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(
                Duration.ofSeconds(5),
                d -> browser.findAll("li.winner .delivery button").isEmpty());
        assertThat(browser.find("li.winner .delivery").getText()).contains("경품 전달 완료");
        PARTICIPATION.verify(putRequestedFor(
                urlPathEqualTo("/api/v1/events/" + EVENT_ID + "/participants/" + P1 + "/prize-delivered")));
    }

    @Test
    void drawBeforeTheEndSaysWhy() {
        publishedEvent("PUBLISHED");
        String draws = "/api/v1/events/" + EVENT_ID + "/draws";
        PARTICIPATION.stubFor(get(draws).willReturn(okJson("[]")));
        PARTICIPATION.stubFor(post(draws)
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"code\":\"entries-still-open\",\"detail\":\"open\"}")));
        signIn();

        browser.open(url("/app/events/" + EVENT_ID + "/draw")).click("#draw-form button[type=submit]");
        browser.waitForText("아직 응모를 받고 있습니다");
    }

    @Test
    void analyticsDrawsChartsAndFollowsTheLiveStream() {
        publishedEvent("PUBLISHED");
        String dash = "/api/v1/analytics/events/" + EVENT_ID + "/dashboard";
        ANALYTICS.stubFor(get(urlPathEqualTo(dash))
                .inScenario("live")
                .whenScenarioStateIs("Started")
                .willReturn(okJson(dashboard(120, "0.224"))));
        ANALYTICS.stubFor(get(urlPathEqualTo(dash))
                .inScenario("live")
                .whenScenarioStateIs("pushed")
                .willReturn(okJson(dashboard(121, "0.2301"))));
        ANALYTICS.stubFor(get("/api/v1/analytics/events/" + EVENT_ID + "/stream")
                .inScenario("live")
                .willSetStateTo("pushed")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody("event:dashboard\ndata:"
                                + dashboard(121, "0.2301").replace("\n", "") + "\n\n")));
        signIn();

        browser.open(url("/app/events/" + EVENT_ID + "/analytics")).waitForText("기간별 참여자");
        assertThat(browser.findAll("#figures svg.chart")).hasSize(3);
        assertThat(browser.findAll("#figures svg.chart rect.bar:not(.alt)")).hasSizeGreaterThanOrEqualTo(3 + 3 + 1);
        assertThat(browser.findAll("#figures svg line.predicted")).hasSize(1);
        assertThat(browser.text()).contains("1,234").contains("125,000원").doesNotContain("{");

        browser.waitUntil(Duration.ofSeconds(10), d -> "121".equals(browser.textOf("#fig-participants")));
        assertThat(browser.textOf("#fig-roi")).isEqualTo("23%");
        ANALYTICS.verify(getRequestedFor(urlPathEqualTo("/api/v1/analytics/events/" + EVENT_ID + "/stream"))
                .withHeader(
                        "Authorization",
                        equalTo("Bearer "
                                + browser.driver()
                                        .manage()
                                        .getCookieNamed("KT_SESSION")
                                        .getValue())));
    }
}
