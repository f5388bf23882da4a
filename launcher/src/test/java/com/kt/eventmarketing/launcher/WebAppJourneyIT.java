package com.kt.eventmarketing.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.web.ui.Browser;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web app end to end, on the whole platform (all seven services, the edge, embedded engines), in a real headless
 * Chromium on a phone-sized window: a store owner from sign-up through the event wizard (AI plans, images, channels,
 * publishing) to the event page (distribution, participants, live analytics, ending, the draw), and a participant's
 * entry from the public page. Every screen is photographed into {@code docs/screenshots/} (the user guide shows
 * them) and weighed as a first-time visitor would load it, against the 200 KB budget (the event's image excluded).
 */
class WebAppJourneyIT {

    private static final Path SHOTS =
            Path.of("..", "docs", "screenshots").toAbsolutePath().normalize();
    private static final long BUDGET = 200 * 1024;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    static Path dataDir;

    private static RunningPlatform platform;

    private final Browser browser = Browser.shared();
    private final Map<String, Long> weights = new LinkedHashMap<>();
    private final Map<String, java.util.List<String>> accessibility = new LinkedHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startThePlatform() {
        platform = Launcher.start(new LauncherOptions(dataDir, 0));
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anOwnerRunsAnEventFromSignUpToTheDrawAndPeopleEnterFromThePublicPage() throws Exception {
        browser.reset();
        try {
            journey();
        } catch (Throwable failure) {
            // what the browser showed when it went wrong, next to the test's report
            browser.screenshot(Path.of("target", "surefire-reports"), "journey-failure");
            throw new AssertionError(
                    "The journey failed on " + browser.driver().getCurrentUrl() + ", which shows:\n" + browser.text()
                            + "\n\nJobs the page follows: " + followedJobs(),
                    failure);
        }
    }

    private void journey() throws Exception {

        // -- a visitor becomes an owner
        open("/");
        screen("01-home");
        browser.click("a[href='/signup']");
        browser.waitFor("#businessNumber");
        weigh("signup");
        browser.type("#name", "김사장")
                .type("#phoneNumber", "010-2345-6789")
                .type("#email", "owner@cafe-bom.kr")
                .type("#password", "Coffee!2026")
                .type("#storeName", "카페 봄");
        new org.openqa.selenium.support.ui.Select(browser.find("#industry")).selectByValue("CAFE");
        browser.type("#address", "서울특별시 마포구 양화로 45")
                .type("#businessNumber", "220-81-62518")
                .click("#averageSpend");
        browser.waitForText("사업자등록번호가 올바르지 않습니다");
        browser.type("#businessNumber", "220-81-62517")
                .type("#averageSpend", "8000")
                .click("#storeName");
        browser.waitUntil(
                Duration.ofSeconds(10),
                d -> d.findElement(By.id("businessNumber-error")).getText().isBlank());
        screen("02-signup");
        browser.click("form[action='/signup'] button[type=submit]");
        browser.waitForText("첫 이벤트");
        assertThat(browser.currentPath()).isEqualTo("/app");
        screen("03-dashboard-new-owner");

        // -- the wizard: objective → AI plans → images → channels → review → publish
        browser.click("a[href='/app/events/new']");
        browser.waitFor("input[name=objective]");
        weigh("wizard: objective");
        screen("04-wizard-objective");
        browser.click("label[for='objective-NEW_CUSTOMERS']");
        browser.click("main form button[type=submit]");
        browser.waitUntil(
                Duration.ofSeconds(20),
                d -> EVENT_PAGE.matcher(d.getCurrentUrl()).find());
        String eventId = eventIdIn(browser.driver().getCurrentUrl());

        browser.waitUntil(
                Duration.ofSeconds(90),
                d -> browser.findAll("form[action$='/select'] button").size() >= 3);
        screen("05-wizard-plans");
        browser.click("form[action$='/select'] button");
        browser.waitForText("선택한 안입니다");
        browser.waitFor("#edit #eventName");
        weigh("wizard: plans");
        LocalDate today = LocalDate.now(SEOUL);
        setValue("#startDate", today.toString());
        setValue("#endDate", today.plusDays(14).toString());
        browser.type("#eventName", "카페 봄 첫 방문 아메리카노 이벤트");
        scrollTo("#edit");
        screen("06-wizard-plan-edit");
        browser.click("#edit button[type=submit]");

        browser.waitUntil(
                Duration.ofSeconds(90),
                d -> browser.currentPath().endsWith("/wizard/images")
                        && browser.findAll("form[action*='/wizard/images/'][action$='/select'] button")
                                        .size()
                                >= 3);
        screen("07-wizard-images");
        browser.click("form[action*='/wizard/images/'][action$='/select'] button");
        browser.waitFor("#image-edit");
        weigh("wizard: images");
        scrollTo("#chosen");
        screen("08-wizard-image-edit");

        open("/app/events/" + eventId + "/wizard/channels");
        browser.waitFor("input[name=channels]");
        weigh("wizard: channels");
        for (String channel : new String[] {"INSTAGRAM", "NAVER_BLOG", "KAKAO_CHANNEL", "URIDONGNE_TV", "RINGO_BIZ"}) {
            WebElement box = browser.find("#channel-" + channel);
            if (!box.isSelected()) {
                browser.click("label[for='channel-" + channel + "']");
            }
        }
        browser.waitForText("₩");
        screen("09-wizard-channels");
        browser.click("main form button[type=submit]:not([formaction])");

        browser.waitUntil(Duration.ofSeconds(20), d -> browser.currentPath().endsWith("/wizard/review"));
        weigh("wizard: review");
        screen("10-wizard-review");
        browser.click("form[action$='/wizard/publish'] button[type=submit]");
        browser.driver().switchTo().alert().accept();
        browser.waitUntil(Duration.ofSeconds(30), d -> browser.currentPath().equals("/app/events/" + eventId));
        browser.waitForText("진행 중");
        weigh("event: overview");
        screen("11-event-overview");

        // -- distribution to every chosen channel (the built-in channel simulator)
        open("/app/events/" + eventId + "/distribution");
        // settled: the page stops polling once every channel is done — or, from 21:00 to 08:00 in Seoul, once
        // only the advertising channels are left, scheduled for 08:00 (quiet hours), which the page says
        browser.waitUntil(Duration.ofSeconds(60), d -> Boolean.TRUE.equals(browser.script("""
                const page = document.getElementById('distribution');
                return page != null && page.dataset.polling === 'false'
                    && page.querySelectorAll('li.channel').length > 0;""")));
        long done = (Long) browser.script("return document.querySelectorAll('#distribution .badge.SUCCESS').length;");
        long morning = (Long) browser.script("""
                return [...document.querySelectorAll('#distribution li.channel')]
                    .filter(c => c.querySelector('.badge.PENDING') && c.textContent.includes('야간(21시~8시)'))
                    .length;""");
        assertThat(done + morning)
                .as("channels done or waiting for the morning")
                .isGreaterThanOrEqualTo(5);
        assertThat(browser.findAll("#distribution .badge.FAILED")).isEmpty();
        weigh("event: distribution");
        screen("12-event-distribution");

        // -- a participant comes from Instagram
        open("/e/" + eventId + "?ch=INSTAGRAM");
        browser.waitFor("#privacyConsent");
        weigh("public: event page", "/api/v1/content/images/");
        screen("13-public-event");
        browser.type("#name", "홍길동").type("#phoneNumber", "010-1234-5678");
        browser.click("label[for='privacyConsent']").click("label[for='marketingConsent']");
        browser.click("main form button[type=submit]");
        browser.waitForText("홍*동");
        assertThat(browser.text()).contains("홍*동");
        weigh("public: entered");
        screen("14-public-entered");
        open("/e/" + eventId + "?ch=INSTAGRAM");
        browser.type("#name", "홍길동").type("#phoneNumber", "01012345678").click("label[for='privacyConsent']");
        browser.click("main form button[type=submit]");
        browser.waitForText("이미 참여하셨어요");
        screen("15-public-already-entered");

        // more people enter through the API (other channels), so the owner has something to look at
        String[] channels = {"KAKAO_CHANNEL", "NAVER_BLOG", "STORE", "INSTAGRAM", "URIDONGNE_TV", "STORE", "DIRECT"};
        for (int i = 0; i < channels.length; i++) {
            var entry = enter(eventId, "참여자" + (char) ('가' + i * 28), "010-5555-%04d".formatted(1000 + i), channels[i]);
            assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
        }

        // -- the owner's event page: participants, live analytics
        open("/app/events/" + eventId + "/participants");
        browser.waitForText("010-****-5678");
        assertThat(browser.driver().getPageSource())
                .doesNotContain("010-1234-5678")
                .doesNotContain("홍길동");
        browser.click("#results form button[type=submit]");
        browser.waitUntil(
                Duration.ofSeconds(10),
                d -> !browser.findAll("#results button[aria-pressed=true]").isEmpty());
        weigh("event: participants");
        screen("16-event-participants");

        open("/app/events/" + eventId + "/analytics");
        browser.waitFor("svg.chart");
        weigh("event: analytics");
        String before = browser.find("main").getText();
        var late = enter(eventId, "늦은참여", "010-7777-0001", "SMS");
        assertThat(late.statusCode()).as(late.body()).isEqualTo(201);
        browser.waitUntil(
                Duration.ofSeconds(30), d -> !browser.find("main").getText().equals(before));
        screen("17-event-analytics");

        // -- the end, then the draw
        open("/app/events/" + eventId);
        browser.click("#end-event");
        browser.driver().switchTo().alert().accept();
        browser.waitForText("이벤트를 종료했습니다");
        open("/app/events/" + eventId + "/draw");
        browser.type("#winnerCount", "3");
        browser.type("#storeVisitWeight", "3");
        browser.click("#draw-form button[type=submit]");
        browser.waitFor("#draw-1");
        assertThat(browser.text()).contains("010-****-");
        weigh("event: draw");
        screen("18-event-draw");

        open("/e/" + eventId + "/winners");
        browser.waitFor("#verify");
        weigh("public: winners");
        screen("19-public-winners");

        // -- back home: the store's figures; the profile; logging out; the opt-out page the messages link to
        open("/app");
        browser.waitForText("카페 봄 첫 방문 아메리카노 이벤트");
        weigh("owner: dashboard");
        screen("20-dashboard");
        open("/app/profile");
        browser.waitFor("#storeName");
        weigh("owner: profile");
        screen("21-profile");
        browser.click("header form button[type=submit]");
        browser.waitForText("로그아웃했습니다");
        weigh("login");
        screen("22-login");
        String storeId = storeIdOf(eventId);
        open("/opt-out/" + storeId);
        browser.waitFor("#phoneNumber");
        weigh("public: opt-out");
        screen("23-opt-out");

        writeWeights();
        assertThat(weights)
                .allSatisfy((page, bytes) -> assertThat(bytes).as(page).isLessThan(BUDGET));
        assertThat(accessibility)
                .as("axe-core, WCAG 2.1 A/AA")
                .allSatisfy(
                        (page, violations) -> assertThat(violations).as(page).isEmpty());
    }

    // ---- helpers

    /** For a failure report: the status the event service gives for each job the page polls. */
    private String followedJobs() {
        try {
            var session = browser.driver().manage().getCookieNamed("KT_SESSION");
            Matcher job = Pattern.compile("/job/([0-9a-f-]{36})")
                    .matcher(browser.driver().getPageSource());
            StringBuilder out = new StringBuilder();
            while (job.find() && session != null) {
                out.append(http.send(
                                        HttpRequest.newBuilder(
                                                        platform.edgeUrl().resolve("/api/v1/jobs/" + job.group(1)))
                                                .header("Authorization", "Bearer " + session.getValue())
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body())
                        .append('\n');
            }
            return out.toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private void open(String path) {
        browser.open(platform.edgeUrl().resolve(path).toString());
    }

    private void screen(String name) {
        browser.screenshot(SHOTS, name);
    }

    /** The current page as a first-time visitor loads it (cache emptied, reloaded). */
    private void weigh(String page, String... excluded) {
        weights.put(page, browser.coldPageBytes(excluded));
        accessibility.put(page, browser.accessibilityViolations());
    }

    private void setValue(String css, String value) {
        browser.script("arguments[0].value = arguments[1]", browser.find(css), value);
    }

    private void scrollTo(String css) {
        browser.script("arguments[0].scrollIntoView()", browser.find(css));
    }

    private static final Pattern EVENT_PAGE = Pattern.compile("/app/events/([0-9a-f-]{36})/");

    private static String eventIdIn(String url) {
        Matcher id = EVENT_PAGE.matcher(url);
        assertThat(id.find()).as(url).isTrue();
        return id.group(1);
    }

    private HttpResponse<String> enter(String eventId, String name, String phone, String channel) throws Exception {
        String body = """
                {"name":"%s","phoneNumber":"%s","channel":"%s","privacyConsent":true,"marketingConsent":false}""".formatted(name, phone, channel);
        return http.send(
                HttpRequest.newBuilder(platform.edgeUrl().resolve("/api/v1/public/events/" + eventId + "/participants"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String storeIdOf(String eventId) throws Exception {
        var about = http.send(
                HttpRequest.newBuilder(platform.edgeUrl().resolve("/api/v1/public/events/" + eventId + "/about"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher store = Pattern.compile("\"storeId\":\"([0-9a-f-]{36})\"").matcher(about.body());
        assertThat(store.find()).as(about.body()).isTrue();
        return store.group(1);
    }

    private void writeWeights() throws IOException {
        StringBuilder table = new StringBuilder("""
                # Page weights

                What each screen of the web app costs a first-time visitor on a phone: bytes transferred (compressed,
                headers included) with an empty browser cache, the event's image excluded. Budget: 200 KB per page.
                Written by `launcher/src/test/java/com/kt/eventmarketing/launcher/WebAppJourneyIT.java` on every run.

                | page | transferred |
                |---|---|
                """);
        weights.forEach((page, bytes) -> table.append("| %s | %.1f KB |%n".formatted(page, bytes / 1024.0)));
        Files.createDirectories(SHOTS);
        Files.writeString(SHOTS.resolve("page-weights.md"), table, StandardCharsets.UTF_8);
    }
}
