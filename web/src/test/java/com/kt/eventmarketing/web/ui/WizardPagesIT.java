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
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The event wizard in a real browser: objective → AI plans followed live → images → channels with the budget →
 * review and publish, and resuming a draft where it was left.
 */
class WizardPagesIT extends WebAppTest {

    private static final UUID EVENT_ID = UUID.fromString("7b1f3c7e-db6b-471d-ab78-128e3e603d8b");
    private static final String EVENT_PATH = "/api/v1/events/" + EVENT_ID;
    private static final UUID JOB = UUID.fromString("2b738158-998d-4bd3-a0ce-c546a37cadfd");
    private static final String[] PLAN_IDS = {
        "69ffad42-5033-4cf0-879b-f984aef8dd83",
        "77935196-92ab-4f7a-a1fe-8a6d6865c8fa",
        "a4520e8e-a141-4bbb-9a4a-158611f35539"
    };
    private static final LocalDate START =
            LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(3);
    private static final LocalDate END = START.plusDays(13);
    private static final Path SHOTS = Path.of("target/screenshots/wizard");

    @Test
    void createsTheDraftForTheChosenObjective() {
        signIn();
        EVENT.stubFor(get("/api/v1/events/session").willReturn(problem(404, "no-creation-session")));
        EVENT.stubFor(post("/api/v1/events")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(event(null, null, null, null, null, "[]"))));
        stubDraft(event(null, null, null, null, null, "[]"));
        EVENT.stubFor(get(EVENT_PATH + "/ai-recommendations").willReturn(okJson("[]")));
        EVENT.stubFor(post(EVENT_PATH + "/ai-recommendations").willReturn(accepted("AI_RECOMMENDATION")));
        EVENT.stubFor(get("/api/v1/jobs/" + JOB).willReturn(okJson(job("PROCESSING", 10, "트렌드 분석 중"))));

        browser.open(url("/app/events/new"));
        assertThat(browser.text()).contains("신규 고객 유치", "재방문 유도", "매출 증대", "인지도 향상");
        assertThat(browser.find("ol.progress li[aria-current=step]").getText()).contains("목적");
        browser.click("main button[type=submit]");
        browser.waitForText("이벤트 목적을 하나 골라 주세요");
        EVENT.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/events")));

        browser.click("label[for=objective-REVISIT]").click("main button[type=submit]");
        browser.waitUntil(Duration.ofSeconds(5), d -> browser.currentPath().endsWith("/wizard/plans"));
        browser.waitForText("트렌드 분석 중");

        assertThat(browser.currentPath()).isEqualTo("/app/events/" + EVENT_ID + "/wizard/plans");
        EVENT.verify(postRequestedFor(urlPathEqualTo("/api/v1/events"))
                .withRequestBody(equalToJson("{\"objective\":\"REVISIT\"}"))
                .withHeader(
                        "Authorization",
                        equalTo("Bearer "
                                + browser.driver()
                                        .manage()
                                        .getCookieNamed("KT_SESSION")
                                        .getValue())));
        EVENT.verify(postRequestedFor(urlPathEqualTo(EVENT_PATH + "/ai-recommendations")));
    }

    @Test
    void followsTheAiJobLiveThenOffersThreePlansToChooseAndEdit() {
        signIn();
        stubDraft(event(null, null, null, null, null, "[]"));
        // the plans appear once the job asked for them has finished
        EVENT.stubFor(get(EVENT_PATH + "/ai-recommendations")
                .inScenario("ai")
                .whenScenarioStateIs(STARTED)
                .willReturn(okJson("[]")));
        EVENT.stubFor(post(EVENT_PATH + "/ai-recommendations")
                .inScenario("ai")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("running")
                .willReturn(accepted("AI_RECOMMENDATION")));
        EVENT.stubFor(get("/api/v1/jobs/" + JOB)
                .inScenario("ai")
                .whenScenarioStateIs("running")
                .willSetStateTo("running2")
                .willReturn(okJson(job("PROCESSING", 40, "지역 트렌드 분석 중"))));
        EVENT.stubFor(get("/api/v1/jobs/" + JOB)
                .inScenario("ai")
                .whenScenarioStateIs("running2")
                .willSetStateTo("done")
                .willReturn(okJson(job("PROCESSING", 70, "지역 트렌드 분석 중"))));
        EVENT.stubFor(get("/api/v1/jobs/" + JOB)
                .inScenario("ai")
                .whenScenarioStateIs("done")
                .willReturn(okJson(job("COMPLETED", 100, "이벤트 기획안 작성"))));
        EVENT.stubFor(get(EVENT_PATH + "/ai-recommendations")
                .inScenario("ai")
                .whenScenarioStateIs("done")
                .willReturn(okJson(plans(-1))));

        browser.open(url("/app/events/" + EVENT_ID + "/wizard/plans"));
        browser.waitForText("지역 트렌드 분석 중");
        assertThat(browser.find("#job progress").getAttribute("value")).isIn("40", "70");
        browser.waitForText("크리스마스 경품 추첨");
        assertThat(browser.findAll("article.plan")).hasSize(3);
        assertThat(browser.text())
                .contains("소액 안", "중간 안", "확장 안", "75명", "₩101,000", "167%", "2,375명", "₩1,612,000")
                .contains("AI가 이렇게 추천한 이유");
        browser.screenshot(SHOTS, "plans");

        // choosing the second plan fills the draft from it
        EVENT.stubFor(put(EVENT_PATH + "/ai-recommendations/" + PLAN_IDS[1] + "/select")
                .willReturn(okJson(event("카페 봄 수능 끝 특가 주간", PLAN_IDS[1], null, START, END, "[\"INSTAGRAM\"]"))));
        stubDraft(event("카페 봄 수능 끝 특가 주간", PLAN_IDS[1], null, START, END, "[\"INSTAGRAM\"]"));
        EVENT.stubFor(get(EVENT_PATH + "/ai-recommendations").willReturn(okJson(plans(1))));
        browser.click("form[action$='/plans/" + PLAN_IDS[1] + "/select'] button");
        browser.waitForText("고른 기획안 다듬기");
        EVENT.verify(putRequestedFor(urlPathEqualTo(EVENT_PATH + "/ai-recommendations/" + PLAN_IDS[1] + "/select")));
        assertThat(browser.find("#eventName").getAttribute("value")).isEqualTo("카페 봄 수능 끝 특가 주간");
        assertThat(browser.find("#startDate").getAttribute("value")).isEqualTo(START.toString());

        // checked here: a name is needed, the end not before the start
        browser.find("#eventName").clear();
        browser.script(
                "document.getElementById('endDate').value = arguments[0]",
                START.minusDays(1).toString());
        browser.click("#edit button[type=submit]");
        browser.waitForText("이벤트 이름을 입력해 주세요");
        assertThat(browser.text()).contains("종료일은 시작일과 같거나 그 이후여야 합니다");
        assertThat(browser.find("#eventName").getAttribute("aria-invalid")).isEqualTo("true");
        EVENT.verify(0, putRequestedFor(urlPathEqualTo(EVENT_PATH)));

        // checked by the service: its field error is shown in our words
        EVENT.stubFor(put(EVENT_PATH)
                .inScenario("edit")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("fixed")
                .willReturn(problem(400, "invalid-request", "description")));
        EVENT.stubFor(put(EVENT_PATH)
                .inScenario("edit")
                .whenScenarioStateIs("fixed")
                .willReturn(okJson(event("수능 끝! 봄 특가", PLAN_IDS[1], null, START, END, "[\"INSTAGRAM\"]"))));
        EVENT.stubFor(get(EVENT_PATH + "/images").willReturn(okJson(images(null))));
        browser.type("#eventName", "수능 끝! 봄 특가");
        browser.script("document.getElementById('endDate').value = arguments[0]", END.toString());
        browser.click("#edit button[type=submit]");
        browser.waitForText("설명은 5,000자 이내로");
        assertThat(browser.find("#description").getAttribute("aria-invalid")).isEqualTo("true");

        browser.click("#edit button[type=submit]");
        browser.waitUntil(Duration.ofSeconds(5), d -> browser.currentPath().endsWith("/wizard/images"));
        EVENT.verify(2, putRequestedFor(urlPathEqualTo(EVENT_PATH)).withRequestBody(equalToJson("""
                        {"eventName":"수능 끝! 봄 특가","description":"%s","objective":"NEW_CUSTOMERS",
                         "startDate":"%s","endDate":"%s"}""".formatted(
                        DESCRIPTION, START, END))));
    }

    @Test
    void saysWhenTheAiJobFailedAndRetriesIt() {
        signIn();
        UUID retried = UUID.fromString("3c849269-aaaa-4e5f-8f7a-0b1c2d3e4f50");
        stubDraft(event(null, null, null, null, null, "[]"));
        EVENT.stubFor(get(EVENT_PATH + "/ai-recommendations").willReturn(okJson("[]")));
        EVENT.stubFor(get("/api/v1/jobs/" + JOB)
                .willReturn(okJson(job("FAILED", 40, "지역 트렌드 분석 중")
                        .replace("\"errorMessage\":null", "\"errorMessage\":\"AI 응답 시간이 초과되었습니다.\""))));
        EVENT.stubFor(post("/api/v1/jobs/" + JOB + "/retry")
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"jobId\":\"%s\",\"jobType\":\"AI_RECOMMENDATION\",\"status\":\"PENDING\",\"eventId\":\"%s\"}"
                                        .formatted(retried, EVENT_ID))));
        EVENT.stubFor(get("/api/v1/jobs/" + retried)
                .willReturn(okJson(job("PROCESSING", 20, "업종 분석 중").replace(JOB.toString(), retried.toString()))));

        browser.open(url("/app/events/" + EVENT_ID + "/wizard/plans?job=" + JOB));
        assertThat(browser.find("#job [role=alert]").getText()).contains("기획안을 만들지 못했습니다", "AI 응답 시간이 초과되었습니다");
        browser.click("#job button");
        browser.waitForText("업종 분석 중");
        EVENT.verify(postRequestedFor(urlPathEqualTo("/api/v1/jobs/" + JOB + "/retry")));
        EVENT.verify(0, postRequestedFor(urlPathEqualTo(EVENT_PATH + "/ai-recommendations")));
    }

    @Test
    void picksAnImageStyleAndRendersItAgainWithOtherColours() {
        signIn();
        stubDraft(event("봄 특가", PLAN_IDS[0], null, START, END, "[\"INSTAGRAM\"]"));
        EVENT.stubFor(get(EVENT_PATH + "/images").willReturn(okJson(images(null))));
        CONTENT.stubFor(get(urlPathEqualTo("/api/v1/content/images/" + imageId("TRENDY", "KAKAO_CHANNEL")))
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(PNG)));
        for (String style : List.of("SIMPLE", "FANCY", "TRENDY")) {
            CONTENT.stubFor(get(urlPathEqualTo("/api/v1/content/images/" + imageId(style, "INSTAGRAM")))
                    .willReturn(
                            aResponse().withHeader("Content-Type", "image/png").withBody(PNG)));
        }

        browser.open(url("/app/events/" + EVENT_ID + "/wizard/images"));
        assertThat(browser.findAll("article.style")).hasSize(3);
        assertThat(browser.text()).contains("심플", "화려한", "트렌디");
        var preview = browser.find("article.style img");
        assertThat(preview.getAttribute("loading")).isEqualTo("lazy");
        assertThat(preview.getDomAttribute("width")).isEqualTo("360");
        browser.waitUntil(
                Duration.ofSeconds(5),
                d -> (Boolean)
                        browser.script(
                                "return [...document.querySelectorAll('article.style > img')].every(i => i.complete && i.naturalWidth == 360)"));
        assertThat(browser.transferredBytes())
                .as("the page with its three previews")
                .isLessThan(200_000);
        assertThat(browser.find("nav.wizard-nav [aria-disabled=true]").getText())
                .contains("다음");

        UUID trendy = imageId("TRENDY", "INSTAGRAM");
        EVENT.stubFor(put(EVENT_PATH + "/images/" + trendy + "/select")
                .willReturn(okJson(event("봄 특가", PLAN_IDS[0], trendy, START, END, "[\"INSTAGRAM\"]"))));
        stubDraft(event("봄 특가", PLAN_IDS[0], trendy, START, END, "[\"INSTAGRAM\"]"));
        EVENT.stubFor(get(EVENT_PATH + "/images").willReturn(okJson(images(trendy))));
        browser.click("form[action$='/images/" + trendy + "/select'] button");
        browser.waitForText("글자와 색 바꾸기");
        EVENT.verify(putRequestedFor(urlPathEqualTo(EVENT_PATH + "/images/" + trendy + "/select")));
        assertThat(browser.find("article.style.selected h3").getText()).contains("트렌디");
        browser.screenshot(SHOTS, "images");

        // an unreadable text colour is refused by the content service, and said so next to the field
        UUID edited = UUID.fromString("5d0c1f7a-7777-4f5e-9c3d-1a2b3c4d5e6f");
        UUID editJob = UUID.fromString("6e1d2a8b-8888-4a6f-8d4e-2b3c4d5e6f70");
        CONTENT.stubFor(post("/api/v1/content/images/" + trendy + "/edit")
                .inScenario("edit")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("readable")
                .willReturn(problem(400, "invalid-request", "textColor")));
        CONTENT.stubFor(post("/api/v1/content/images/" + trendy + "/edit")
                .inScenario("edit")
                .whenScenarioStateIs("readable")
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"jobId\":\"" + editJob + "\",\"imageId\":\"" + edited
                                + "\",\"imageUrl\":\"/api/v1/content/images/" + edited + "\"}")));
        EVENT.stubFor(get("/api/v1/jobs/" + editJob).willReturn(okJson(job("COMPLETED", 100, "이미지 1/1 생성 완료"))));
        EVENT.stubFor(put(EVENT_PATH + "/images/" + edited + "/select")
                .willReturn(okJson(event("봄 특가", PLAN_IDS[0], edited, START, END, "[\"INSTAGRAM\"]"))));

        browser.click("label[for=img-textColorChange]");
        browser.script("document.getElementById('img-textColor').value = '#eeeeee'");
        browser.click("#image-edit button[type=submit]");
        browser.waitForText("글자가 배경과 잘 구분되지 않습니다");
        assertThat(browser.find("#img-textColor").getAttribute("aria-invalid")).isEqualTo("true");

        browser.script("document.getElementById('img-textColor').value = '#111111'");
        browser.type("#img-benefit", "전 메뉴 15% 할인");
        browser.click("#image-edit button[type=submit]");
        browser.waitUntil(
                Duration.ofSeconds(8),
                d -> EVENT.findAll(putRequestedFor(urlPathEqualTo(EVENT_PATH + "/images/" + edited + "/select")))
                                .size()
                        == 1);
        CONTENT.verify(postRequestedFor(urlPathEqualTo("/api/v1/content/images/" + trendy + "/edit"))
                .withRequestBody(equalToJson("{\"benefit\":\"전 메뉴 15% 할인\",\"textColor\":\"#111111\"}")));
    }

    @Test
    void showsReachAndCostPerChannelAndTheTotalBudgetAsChannelsAreTicked() {
        signIn();
        stubDraft(event("봄 특가", PLAN_IDS[0], imageId("SIMPLE", "INSTAGRAM"), START, END, "[\"INSTAGRAM\"]"));
        EVENT.stubFor(get(EVENT_PATH + "/ai-recommendations").willReturn(okJson(plans(0))));
        USER.stubFor(get("/api/v1/users/me").willReturn(okJson("{\"industry\":\"CAFE\",\"storeName\":\"카페 봄\"}")));
        DISTRIBUTION.stubFor(
                get(urlPathEqualTo("/api/v1/distributions/channels")).willReturn(okJson(CATALOGUE)));
        EVENT.stubFor(put(EVENT_PATH + "/channels")
                .willReturn(okJson(event(
                        "봄 특가",
                        PLAN_IDS[0],
                        imageId("SIMPLE", "INSTAGRAM"),
                        START,
                        END,
                        "[\"GENIE_TV\",\"INSTAGRAM\"]"))));

        browser.open(url("/app/events/" + EVENT_ID + "/wizard/channels"));
        assertThat(browser.findAll("input[name=channels]")).hasSize(8);
        assertThat(browser.find("#channel-INSTAGRAM").isSelected()).isTrue();
        assertThat(browser.text()).contains("약 50,000명 도달", "₩500,000", "15초 IPTV 광고, 1주", "마케팅 수신에 동의한");
        assertThat(browser.find("#budget .total dd").getText()).isEqualTo("₩76,000");
        DISTRIBUTION.verify(getRequestedFor(urlPathEqualTo("/api/v1/distributions/channels"))
                .withQueryParam("industry", equalTo("CAFE")));

        browser.click("label[for=channel-GENIE_TV]");
        browser.waitUntil(
                Duration.ofSeconds(5),
                d -> browser.find("#budget .total dd").getText().equals("₩576,000"));
        assertThat(browser.find("#budget").getText()).contains("53,000명", "₩500,000");
        browser.screenshot(SHOTS, "channels");

        browser.click("main form button[type=submit]");
        browser.waitUntil(Duration.ofSeconds(5), d -> browser.currentPath().endsWith("/wizard/review"));
        EVENT.verify(putRequestedFor(urlPathEqualTo(EVENT_PATH + "/channels"))
                .withRequestBody(equalToJson("{\"channels\":[\"GENIE_TV\",\"INSTAGRAM\"]}")));
    }

    @Test
    void reviewsEverythingAndPublishesAfterConfirmingOrSaysWhatToFix() {
        signIn();
        UUID image = imageId("FANCY", "INSTAGRAM");
        stubDraft(event("봄 특가", PLAN_IDS[0], image, START, END, "[\"INSTAGRAM\",\"KAKAO_CHANNEL\"]"));
        EVENT.stubFor(get(EVENT_PATH + "/ai-recommendations").willReturn(okJson(plans(0))));
        USER.stubFor(get("/api/v1/users/me").willReturn(aResponse().withStatus(503)));
        DISTRIBUTION.stubFor(
                get(urlPathEqualTo("/api/v1/distributions/channels")).willReturn(okJson(CATALOGUE)));
        CONTENT.stubFor(get(urlPathEqualTo("/api/v1/content/images/" + image))
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(PNG)));
        EVENT.stubFor(post(EVENT_PATH + "/publish")
                .inScenario("publish")
                .whenScenarioStateIs(STARTED)
                .willSetStateTo("later")
                .willReturn(problem(409, "start-date-passed")));
        EVENT.stubFor(post(EVENT_PATH + "/publish")
                .inScenario("publish")
                .whenScenarioStateIs("later")
                .willReturn(okJson(event("봄 특가", PLAN_IDS[0], image, START, END, "[\"INSTAGRAM\"]")
                        .replace("\"DRAFT\"", "\"PUBLISHED\""))));

        browser.open(url("/app/events/" + EVENT_ID + "/wizard/review"));
        assertThat(browser.text())
                .contains("봄 특가", "신규 고객 유치", "인스타그램", "카카오톡 채널", "₩88,000")
                .contains("/e/" + EVENT_ID)
                .doesNotContain("발행하려면 아래 항목을 채워 주세요");
        browser.screenshot(SHOTS, "review");

        browser.click("main form[action$='/publish'] button");
        browser.driver().switchTo().alert().accept();
        browser.waitForText("시작일이 이미 지났습니다");
        assertThat(browser.find("#publish-result a").getAttribute("href")).endsWith("/wizard/plans#edit");

        // once published, the event page takes over (it reads the event, now PUBLISHED)
        stubDraft(
                event("봄 특가", PLAN_IDS[0], image, START, END, "[\"INSTAGRAM\"]").replace("\"DRAFT\"", "\"PUBLISHED\""));
        browser.click("main form[action$='/publish'] button");
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(Duration.ofSeconds(5), d -> browser.currentPath().equals("/app/events/" + EVENT_ID));
        EVENT.verify(2, postRequestedFor(urlPathEqualTo(EVENT_PATH + "/publish")));

        // a draft still missing pieces says which, each with the step to fill it
        stubDraft(event("봄 특가", PLAN_IDS[0], null, START, END, "[]"));
        browser.open(url("/app/events/" + EVENT_ID + "/wizard/review"));
        assertThat(browser.text()).contains("발행하려면 아래 항목을 채워 주세요", "홍보 이미지 고르기", "배포 채널 고르기");
        assertThat(browser.driver().findElement(By.linkText("홍보 이미지 고르기")).getAttribute("href"))
                .endsWith("/app/events/" + EVENT_ID + "/wizard/images");
    }

    @Test
    void resumesADraftAtTheStepItWasLeftAndSendsOthersToTheirEventPage() throws Exception {
        // the edge's first token check fetches the key set; on a busy machine that first fetch may time out
        stubDraft(event(null, null, null, null, null, "[]"));
        send("/app/events/" + EVENT_ID + "/wizard");

        assertThat(resumeTarget(event(null, null, null, null, null, "[]"))).endsWith("/wizard/plans");
        assertThat(resumeTarget(event("봄 특가", PLAN_IDS[0], null, START, END, "[\"INSTAGRAM\"]")))
                .endsWith("/wizard/images");
        assertThat(resumeTarget(event("봄 특가", PLAN_IDS[0], imageId("SIMPLE", "POSTER"), START, END, "[]")))
                .endsWith("/wizard/channels");
        assertThat(resumeTarget(event("봄 특가", PLAN_IDS[0], imageId("SIMPLE", "POSTER"), START, END, "[\"SMS\"]")))
                .endsWith("/wizard/review");
        assertThat(resumeTarget(event("봄 특가", PLAN_IDS[0], imageId("SIMPLE", "POSTER"), START, END, "[\"SMS\"]")
                        .replace("\"DRAFT\"", "\"PUBLISHED\"")))
                .endsWith("/app/events/" + EVENT_ID);
    }

    private String resumeTarget(String event) throws IOException, InterruptedException {
        stubDraft(event);
        var response = send("/app/events/" + EVENT_ID + "/wizard");
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<Void> send(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Cookie", "KT_SESSION=" + sessionToken(OWNER, STORE, Duration.ofMinutes(5)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
    }

    // ---- the services' answers, shaped as they really are

    private static final String DESCRIPTION = "수능을 마친 수험생에게 시즌 음료 1잔을 드립니다.";

    private static void stubDraft(String event) {
        EVENT.stubFor(get(EVENT_PATH).willReturn(okJson(event)));
    }

    private static String event(String name, String plan, UUID image, LocalDate start, LocalDate end, String channels) {
        return """
                {"eventId":"%s","userId":"%s","storeId":"%s","eventName":%s,"description":%s,
                 "objective":"NEW_CUSTOMERS","startDate":%s,"endDate":%s,"status":"DRAFT",
                 "selectedImageId":%s,"selectedImageUrl":%s,"channels":%s,"selectedRecommendationId":%s,
                 "createdAt":"2026-11-29T06:19:34.770578Z","updatedAt":"2026-11-29T06:19:48.419493Z",
                 "publishedAt":null,"endedAt":null,"endReason":null}""".formatted(
                        EVENT_ID,
                        OWNER,
                        STORE,
                        quoted(name),
                        name == null ? "null" : quoted(DESCRIPTION),
                        quoted(start),
                        quoted(end),
                        quoted(image),
                        image == null ? "null" : quoted("/api/v1/content/images/" + image),
                        channels,
                        quoted(plan));
    }

    private static String quoted(Object value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted(String type) {
        return aResponse()
                .withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "/api/v1/jobs/" + JOB)
                .withBody("{\"jobId\":\"%s\",\"jobType\":\"%s\",\"status\":\"PENDING\",\"eventId\":\"%s\"}"
                        .formatted(JOB, type, EVENT_ID));
    }

    private static String job(String status, int progress, String message) {
        return """
                {"jobId":"%s","jobType":"AI_RECOMMENDATION","status":"%s","progress":%d,"eventId":"%s",
                 "message":"%s","errorMessage":null,"createdAt":"2026-11-29T06:19:36.919999Z",
                 "updatedAt":"2026-11-29T06:19:37.249806Z"}""".formatted(JOB, status, progress, EVENT_ID, message);
    }

    /** The AI's three plans (LOW, MEDIUM, HIGH) as the event service lists them; {@code selected} is chosen. */
    private static String plans(int selected) {
        String[][] plans = {
            {"LOW", "카페 봄 수험표 혜택 웰컴 쿠폰", "COUPON", "시즌 음료 1잔 무료 쿠폰(선착순 38명)", "76000", "75", "101000", "270000", "1.67"
            },
            {
                "MEDIUM",
                "카페 봄 수능 끝 특가 주간",
                "DISCOUNT",
                "전 메뉴 15% 할인(선착순 252건)",
                "347760",
                "420",
                "842760",
                "1825700",
                "1.17"
            },
            {"HIGH", "크리스마스 경품 추첨", "DRAW", "추첨으로 30명에게 한 달 음료 이용권", "360000", "2375", "1612000", "4702500", "1.92"}
        };
        List<String> json = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String[] p = plans[i];
            json.add("""
                    {"recommendationId":"%s","eventId":"%s","eventName":"%s","description":"%s","promotionType":"%s",
                     "targetAudience":"수능을 마친 고3 수험생","isSelected":%s,"budgetLevel":"%s","prize":"%s",
                     "prizeCost":%s,"participationMethod":"이벤트 페이지(QR)에서 이름·연락처를 남기면 쿠폰이 발급됩니다.",
                     "startDate":"%s","endDate":"%s","recommendedChannels":["INSTAGRAM","NAVER_BLOG","KAKAO_CHANNEL"],
                     "expectedParticipants":%s,"expectedCost":%s,"expectedRevenue":%s,"expectedRoi":%s,
                     "reasoning":"[시기] 수능 끝 수험생 시즌에 맞춰 진행합니다.","source":"BUILT_IN","jobId":"%s"}""".formatted(
                            PLAN_IDS[i],
                            EVENT_ID,
                            p[1],
                            DESCRIPTION,
                            p[2],
                            i == selected,
                            p[0],
                            p[3],
                            p[4],
                            START,
                            END,
                            p[5],
                            p[6],
                            p[7],
                            p[8],
                            JOB));
        }
        return "[" + String.join(",", json) + "]";
    }

    private static UUID imageId(String style, String platform) {
        return UUID.nameUUIDFromBytes((style + platform).getBytes());
    }

    /** 3 styles × 4 platforms, as the event service lists an image job's result. */
    private static String images(UUID selected) {
        List<String> json = new ArrayList<>();
        for (String style : List.of("FANCY", "SIMPLE", "TRENDY")) {
            for (String platform : List.of("INSTAGRAM", "KAKAO_CHANNEL", "NAVER_BLOG", "POSTER")) {
                UUID id = imageId(style, platform);
                json.add("""
                        {"imageId":"%s","eventId":"%s","imageUrl":"/api/v1/content/images/%s","style":"%s",
                         "platform":"%s","isSelected":%s,"jobId":"%s","createdAt":"2026-11-29T06:19:54.746741Z"}""".formatted(id, EVENT_ID, id, style, platform, id.equals(selected), JOB));
            }
        }
        return "[" + String.join(",", json) + "]";
    }

    private static final String CATALOGUE = """
            [{"channel":"URIDONGNE_TV","name":"우리동네TV","estimatedReach":30000,"estimatedCost":300000,"costBasis":"15초 지역 케이블 광고, 1주","directMarketing":false},
             {"channel":"RINGO_BIZ","name":"링고비즈","estimatedReach":1500,"estimatedCost":33000,"costBasis":"매장 전화 통화연결음, 월 정액","directMarketing":false},
             {"channel":"GENIE_TV","name":"지니TV","estimatedReach":50000,"estimatedCost":500000,"costBasis":"15초 IPTV 광고, 1주","directMarketing":false},
             {"channel":"INSTAGRAM","name":"인스타그램","estimatedReach":3000,"estimatedCost":0,"costBasis":"매장 계정 게시물 (자연 도달)","directMarketing":false},
             {"channel":"NAVER_BLOG","name":"네이버 블로그","estimatedReach":2000,"estimatedCost":0,"costBasis":"매장 블로그 게시물 (검색 유입)","directMarketing":false},
             {"channel":"KAKAO_CHANNEL","name":"카카오톡 채널","estimatedReach":800,"estimatedCost":12000,"costBasis":"채널 친구 대상 메시지, 건당 15원","directMarketing":false},
             {"channel":"SMS","name":"문자(SMS)","estimatedReach":0,"estimatedCost":0,"costBasis":"마케팅 수신 동의 고객, 건당 30원 (LMS)","directMarketing":true},
             {"channel":"EMAIL","name":"이메일","estimatedReach":0,"estimatedCost":0,"costBasis":"마케팅 수신 동의 고객 중 이메일 보유자, 건당 1원","directMarketing":true}]""";

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(
            int status, String code, String... fields) {
        String errors = String.join(
                ",",
                java.util.Arrays.stream(fields)
                        .map(f -> "{\"field\":\"" + f + "\",\"message\":\"is not valid\"}")
                        .toList());
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":%d,\"code\":\"%s\",\"detail\":\"refused\",\"errors\":[%s]}"
                        .formatted(status, code, errors));
    }

    /** A stand-in for a rendered 1080×1080 promotional image. */
    private static final byte[] PNG = png();

    private static byte[] png() {
        BufferedImage image = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD6001C));
        g.fillRect(0, 0, 1080, 1080);
        g.setColor(Color.WHITE);
        g.fillRect(120, 120, 840, 400);
        g.dispose();
        try {
            var bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
