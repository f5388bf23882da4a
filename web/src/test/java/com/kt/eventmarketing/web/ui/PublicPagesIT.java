package com.kt.eventmarketing.web.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The participants' pages: the event and its entry form, the confirmation, the winners, and the opt-out. */
class PublicPagesIT extends WebAppTest {

    private static final UUID EVENT_ID = UUID.fromString("cf7f0b32-abf6-4205-8199-4ccfe7c76b30");
    private static final UUID STORE_ID = UUID.fromString("9a86480b-cf7f-44f4-9fdb-a16b9e453223");
    private static final String IMAGE = "/api/v1/content/images/1dd5c602-8da6-3c30-8b19-9dde1201d54a";
    private static final Path SHOTS = Path.of("/tmp/public-shots");

    /** The participation service's real answer (dev platform, 2026-11-29). */
    private static final String VIEW = """
            {"eventId":"%s","eventName":"수험표 혜택 시즌 음료 1잔 쿠폰 증정",
             "description":"수능을 마친 수험생께 시즌 음료 1잔 쿠폰을 드립니다.",
             "benefit":"참여자 전원 시즌 음료 1잔 쿠폰, 선착순 38장","startDate":"2026-11-29","endDate":"2026-12-06",
             "imageUrl":"%s","store":{"storeId":"%s","storeName":"카페 봄"},"channel":"STORE",
             "seedCommitment":"78445b2e1d7945079e9b50d00e036db67e1e132c1397d909b61913997610f1fe",
             "consents":{"privacy":{"version":"2026-01","text":"[필수] 개인정보 수집·이용 동의: 수집 항목 이름, 휴대전화번호","required":true},
                         "marketing":{"version":"2026-02","text":"[선택] 마케팅 정보 수신 동의: 매장의 이벤트·혜택 안내","required":false}}}""".formatted(EVENT_ID, IMAGE, STORE_ID);

    private void stubView() {
        PARTICIPATION.stubFor(
                get(urlPathEqualTo("/api/v1/public/events/" + EVENT_ID)).willReturn(okJson(VIEW)));
        stubAbout(EVENT_ID, "OPEN", "2026-11-29");
        // a 1080×1080 PNG's first bytes are enough for the page to learn the size
        CONTENT.stubFor(get(IMAGE)
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(png(1080, 1080))));
    }

    /** The event's facts without a view counted ({@code …/about}): what the pages around the entry show. */
    private static void stubAbout(UUID eventId, String openness, String startDate) {
        PARTICIPATION.stubFor(get("/api/v1/public/events/" + eventId + "/about")
                .willReturn(okJson(VIEW.replaceFirst("\\{", "{\"openness\":\"" + openness + "\",")
                        .replace("\"startDate\":\"2026-11-29\"", "\"startDate\":\"" + startDate + "\""))));
    }

    private static ProblemStub problem(int status, String code, String detail) {
        return new ProblemStub(status, code, detail);
    }

    private record ProblemStub(int status, String code, String detail) {
        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response() {
            return aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\":%d,\"code\":\"%s\",\"detail\":\"%s\"}".formatted(status, code, detail));
        }
    }

    @Test
    void showsTheEventWithSeparateUntickedConsentsAndPassesTheChannelThrough() {
        stubView();

        browser.open(url("/e/" + EVENT_ID + "?ch=STORE"));

        assertThat(browser.text())
                .contains("카페 봄", "수험표 혜택 시즌 음료 1잔 쿠폰 증정", "참여자 전원 시즌 음료 1잔 쿠폰")
                .contains("2026년 11월 29일 (일) ~ 2026년 12월 6일 (일)")
                .contains("동의하지 않으셔도 이벤트 참여와 당첨에는 아무 영향이 없습니다");
        PARTICIPATION.verify(getRequestedFor(urlPathEqualTo("/api/v1/public/events/" + EVENT_ID))
                .withQueryParam("ch", equalTo("STORE"))
                .withHeader("Authorization", absent()));
        assertThat(browser.find("img.hero").getDomAttribute("width")).isEqualTo("1080");
        assertThat(browser.find("img.hero").getAttribute("alt")).contains("수험표 혜택");
        assertThat(browser.find("#privacyConsent").isSelected()).isFalse();
        assertThat(browser.find("#marketingConsent").isSelected()).isFalse();
        assertThat(browser.find("#phoneNumber").getAttribute("type")).isEqualTo("tel");
        assertThat(browser.find("#phoneNumber").getAttribute("autocomplete")).isEqualTo("tel");
        assertThat(hidden("input[name=channel]").getAttribute("value")).isEqualTo("STORE");
        assertThat(hidden("input[name=key]").getAttribute("value")).matches("[0-9a-f-]{36}");
        assertThat(browser.findAll("details.terms summary").stream().map(e -> e.getText()))
                .containsExactly("전체 내용 보기 (버전 2026-01)", "전체 내용 보기 (버전 2026-02)");
        var trap = hidden("#website");
        assertThat(trap.isDisplayed()).as("the honeypot is out of sight").isFalse();
        assertThat(trap.getAttribute("tabindex")).isEqualTo("-1");
        assertThat(hidden(".trap").getDomAttribute("aria-hidden")).isEqualTo("true");

        long bytes = browser.transferredBytes(IMAGE);
        assertThat(bytes)
                .as("page weight without the event's image")
                .isPositive()
                .isLessThan(200_000);
        browser.screenshot(SHOTS, "event");
    }

    @Test
    void entersOnceEvenWhenSubmittedTwiceAndShowsTheEntryNumber() {
        stubView();
        PARTICIPATION.stubFor(
                post("/api/v1/public/events/" + EVENT_ID + "/participants")
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"participantId\":\"0e5b0fb6-03f4-4bd1-ac58-06f150c78d7d\",\"entryNumber\":1234,\"name\":\"김*수\"}")));

        browser.open(url("/e/" + EVENT_ID + "?ch=STORE"));
        String key = hidden("input[name=key]").getAttribute("value");
        browser.type("#name", "김철수").type("#phoneNumber", "010-5555-7777").click("#privacyConsent");
        // a double tap: the form is submitted twice before the first answer arrives
        browser.script("const f = document.querySelector('main form'); f.requestSubmit(); f.requestSubmit();");
        browser.waitForText("참여가 완료되었습니다");

        assertThat(browser.currentPath()).isEqualTo("/e/" + EVENT_ID + "/entered");
        assertThat(browser.find(".ticket .number").getText()).isEqualTo("1,234번");
        assertThat(browser.text()).contains("김*수 님", "당첨자 발표", "2026년 12월 6일 (일) 이벤트가 끝난 뒤 추첨합니다");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("5555").doesNotContain("%EC%B2%A0");
        List<LoggedRequest> posts = PARTICIPATION.findAll(
                postRequestedFor(urlPathEqualTo("/api/v1/public/events/" + EVENT_ID + "/participants")));
        assertThat(posts).isNotEmpty();
        for (LoggedRequest sent : posts) {
            assertThat(sent.getHeader("Idempotency-Key"))
                    .as("every submission of one form: one key")
                    .isEqualTo(key);
        }
        PARTICIPATION.verify(postRequestedFor(urlPathEqualTo("/api/v1/public/events/" + EVENT_ID + "/participants"))
                .withHeader("X-Forwarded-For", matching("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("""
                        {"name":"김철수","phoneNumber":"010-5555-7777","channel":"STORE","privacyConsent":true,
                         "marketingConsent":false,"email":null,"website":null}""")));
        assertThat(browser.find("a.button").getAttribute("href")).endsWith("/e/" + EVENT_ID + "/winners");
        assertThat(browser.transferredBytes()).isLessThan(200_000);
        browser.screenshot(SHOTS, "entered");
    }

    @Test
    void showsEveryFieldErrorNextToItsFieldAndKeepsWhatWasTyped() {
        stubView();
        PARTICIPATION.stubFor(post("/api/v1/public/events/" + EVENT_ID + "/participants")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                        {"status":400,"code":"invalid-request","detail":"4 fields are invalid.","errors":[
                         {"field":"email","message":"must be an e-mail address"},
                         {"field":"name","message":"must contain only letters (Hangul or Latin) and spaces"},
                         {"field":"phoneNumber","message":"must be a Korean mobile number, e.g. 010-1234-5678"},
                         {"field":"privacyConsent","message":"must be agreed to enter (개인정보 수집·이용 동의 필수)"}]}""")));

        browser.open(url("/e/" + EVENT_ID));
        browser.type("#name", "홍길동1")
                .type("#phoneNumber", "02-123")
                .click("#marketingConsent")
                .type("#email", "not-an-address")
                .click("button[type=submit]");
        browser.waitForText("입력하신 내용을 확인해 주세요");

        assertThat(browser.text())
                .contains("이름을 한글 또는 영문으로 30자 이내로")
                .contains("휴대전화번호를 010-1234-5678처럼")
                .contains("이메일 주소를 확인해 주세요")
                .contains("개인정보 수집·이용에 동의해 주세요");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("홍길동1");
        assertThat(browser.find("#phoneNumber").getAttribute("value")).isEqualTo("02-123");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo("not-an-address");
        assertThat(browser.find("#phoneNumber").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#phoneNumber").getAttribute("aria-describedby"))
                .contains("phoneNumber-error");
        assertThat(browser.find("#privacyConsent").isSelected())
                .as("never ticked for the person")
                .isFalse();
        assertThat(browser.find("#marketingConsent").isSelected())
                .as("as the person ticked it")
                .isTrue();
        PARTICIPATION.verify(
                1, getRequestedFor(urlPathEqualTo("/api/v1/public/events/" + EVENT_ID))); // the mistake is not a view
        browser.screenshot(SHOTS, "event-errors");
    }

    @Test
    void aDuplicateEntryIsToldKindly() {
        stubView();
        PARTICIPATION.stubFor(post("/api/v1/public/events/" + EVENT_ID + "/participants")
                .willReturn(
                        problem(409, "already-entered", "이미 참여하신 휴대전화번호입니다.").response()));

        browser.open(url("/e/" + EVENT_ID));
        browser.type("#name", "홍길동").type("#phoneNumber", "01055551234").click("#privacyConsent");
        browser.click("button[type=submit]").waitForText("이미 참여하셨어요");

        assertThat(browser.text()).contains("이 휴대전화번호로 이미 참여하셨습니다", "카페 봄");
        assertThat(browser.find("a.button").getAttribute("href")).endsWith("/e/" + EVENT_ID + "/winners");
    }

    @Test
    void aClosedEventSaysSoAndAnUnknownOneIsNotFound() {
        PARTICIPATION.stubFor(get(urlPathEqualTo("/api/v1/public/events/" + EVENT_ID))
                .willReturn(problem(410, "event-closed", "참여 기간이 끝난 이벤트입니다.").response()));
        UUID later = UUID.randomUUID();
        PARTICIPATION.stubFor(get(urlPathEqualTo("/api/v1/public/events/" + later))
                .willReturn(problem(410, "event-not-started", "아직 시작하지 않은 이벤트입니다. 2026-12-01부터 참여할 수 있습니다.")
                        .response()));
        stubAbout(EVENT_ID, "CLOSED", "2026-11-29");
        stubAbout(later, "NOT_STARTED", "2026-12-01");

        browser.open(url("/e/" + EVENT_ID + "?ch=SMS"));
        assertThat(browser.text()).contains("이벤트 기간이 아닙니다", "참여 기간이 끝난 이벤트입니다");
        assertThat(browser.find("a.button").getAttribute("href")).endsWith("/e/" + EVENT_ID + "/winners");
        assertThat(browser.findAll("main form")).isEmpty();

        browser.open(url("/e/" + later));
        assertThat(browser.text()).contains("2026년 12월 1일 (화)부터 참여하실 수 있습니다");

        browser.open(url("/e/" + UUID.randomUUID()));
        assertThat(browser.text()).contains("페이지를 찾을 수 없습니다");
        browser.open(url("/e/not-an-event"));
        assertThat(browser.text()).contains("페이지를 찾을 수 없습니다");
    }

    @Test
    void showsTheWinnersMaskedWithHowToVerifyTheDraw() {
        PARTICIPATION.stubFor(
                get("/api/v1/public/events/" + EVENT_ID + "/winners").willReturn(okJson("""
                [{"drawId":"6a1f0c1e-6e0a-4d59-9a39-0b9a4c3f0001","eventId":"%1$s","drawNumber":1,"winnerCount":2,
                  "storeVisitWeight":3,"excludePreviousWinners":false,
                  "seedCommitment":"78445b2e1d7945079e9b50d00e036db67e1e132c1397d909b61913997610f1fe",
                  "masterSeed":"aa11","seed":"bb22","entryListHash":"cc33","entryCount":1500,
                  "drawnAt":"2026-12-07T06:00:00Z",
                  "winners":[{"rank":1,"entryNumber":17,"participantId":null,"name":"홍*동","phoneNumber":"010-****-5678","prizeDeliveredAt":null},
                             {"rank":2,"entryNumber":1203,"participantId":null,"name":"김*수","phoneNumber":"010-****-7777","prizeDeliveredAt":null}]},
                 {"drawId":"6a1f0c1e-6e0a-4d59-9a39-0b9a4c3f0002","eventId":"%1$s","drawNumber":2,"winnerCount":1,
                  "storeVisitWeight":1,"excludePreviousWinners":true,
                  "seedCommitment":"78445b2e1d7945079e9b50d00e036db67e1e132c1397d909b61913997610f1fe",
                  "masterSeed":"aa11","seed":"dd44","entryListHash":"ee55","entryCount":1498,
                  "drawnAt":"2026-12-08T01:30:00Z",
                  "winners":[{"rank":1,"entryNumber":88,"participantId":null,"name":"이*","phoneNumber":"010-****-1111","prizeDeliveredAt":null}]}]""".formatted(EVENT_ID))));

        browser.open(url("/e/" + EVENT_ID + "/winners"));

        assertThat(browser.text())
                .contains("당첨자 (2차 추첨)", "이*", "010-****-1111", "2026년 12월 8일 (화) 오전 10:30 추첨")
                .contains("추첨 검증 방법", "dd44", "ee55", "78445b2e1d79");
        assertThat(browser.find("#verify")).isNotNull();
        assertThat(browser.findAll("#verify a[href$='entries.csv']").stream().map(a -> a.getAttribute("href")))
                .anyMatch(href -> href.endsWith("/api/v1/public/events/" + EVENT_ID + "/draws/2/entries.csv"))
                .anyMatch(href -> href.endsWith("/api/v1/public/events/" + EVENT_ID + "/draws/1/entries.csv"));
        assertThat(browser.driver().getPageSource())
                .contains("홍*동", "010-****-5678")
                .doesNotContain("participantId");
        browser.screenshot(SHOTS, "winners");
    }

    @Test
    void beforeTheDrawShowsTheCommitment() {
        stubView();
        PARTICIPATION.stubFor(
                get("/api/v1/public/events/" + EVENT_ID + "/winners").willReturn(okJson("[]")));

        browser.open(url("/e/" + EVENT_ID + "/winners"));

        assertThat(browser.text())
                .contains("아직 추첨 전입니다", "78445b2e1d7945079e9b50d00e036db67e1e132c1397d909b61913997610f1fe");
    }

    @Test
    void optsOutWithoutTellingWhetherTheNumberWasKnown() {
        PARTICIPATION.stubFor(post("/api/v1/public/stores/" + STORE_ID + "/marketing-opt-out")
                .withRequestBody(equalToJson("{\"phoneNumber\":\"12\"}"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"code\":\"invalid-request\",\"errors\":[{\"field\":\"phoneNumber\","
                                + "\"message\":\"must be a Korean mobile number\"}]}")));
        PARTICIPATION.stubFor(post("/api/v1/public/stores/" + STORE_ID + "/marketing-opt-out")
                .withRequestBody(equalToJson("{\"phoneNumber\":\"010-5555-1234\"}"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"수신 거부 요청이 접수되었습니다.\"}")));

        browser.open(url("/opt-out/" + STORE_ID));
        assertThat(hidden("main form input[name=_csrf]").getAttribute("value")).isNotBlank();
        browser.type("#phoneNumber", "12").click("button[type=submit]");
        browser.waitForText("휴대전화번호를 010-1234-5678처럼");
        assertThat(browser.find("#phoneNumber").getAttribute("aria-invalid")).isEqualTo("true");

        browser.find("#phoneNumber").clear();
        browser.type("#phoneNumber", "010-5555-1234").click("button[type=submit]");
        browser.waitForText("수신 거부가 처리되었습니다");
        assertThat(browser.currentPath()).isEqualTo("/opt-out/" + STORE_ID);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("5555");
        browser.screenshot(SHOTS, "opt-out");
    }

    /** An element that is in the page but not meant to be seen (hidden inputs, the honeypot). */
    private org.openqa.selenium.WebElement hidden(String css) {
        return browser.driver().findElement(org.openqa.selenium.By.cssSelector(css));
    }

    /** The start of a PNG: signature and IHDR with the size. */
    private static byte[] png(int width, int height) {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0d,
            0x0a,
            0x1a,
            0x0a,
            0,
            0,
            0,
            0x0d,
            'I',
            'H',
            'D',
            'R',
            (byte) (width >>> 24),
            (byte) (width >>> 16),
            (byte) (width >>> 8),
            (byte) width,
            (byte) (height >>> 24),
            (byte) (height >>> 16),
            (byte) (height >>> 8),
            (byte) height,
            8,
            2,
            0,
            0,
            0
        };
    }
}
