package com.kt.eventmarketing.web.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** Sign-up, login, the session cookie, logout, and what an expired session does, in a real browser. */
class AccountPagesIT extends WebAppTest {

    private static final String INDUSTRIES = """
            [{"code":"CAFE","name":"카페"},{"code":"RESTAURANT","name":"음식점"}]""";
    private static final String NO_EVENTS = """
            {"content":[],"page":0,"size":20,"totalElements":0,"totalPages":0}""";

    @Test
    void logsInWithAnHttpOnlyCookieAndComesBackToThePageAsked() {
        USER.stubFor(post("/api/v1/users/login")
                .withRequestBody(equalToJson("{\"email\":\"owner@example.com\",\"password\":\"Coffee!2026\"}"))
                .willReturn(okJson("{\"accessToken\":\"" + sessionToken(OWNER, STORE, Duration.ofMinutes(15))
                        + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}")));
        EVENT.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson(NO_EVENTS)));

        browser.open(url("/app"));
        assertThat(browser.currentPath()).as("not signed in: the login page").isEqualTo("/login");

        browser.type("#email", "owner@example.com")
                .type("#password", "Coffee!2026")
                .click("button[type=submit]");
        browser.waitForText("아직 이벤트가 없습니다");

        assertThat(browser.currentPath()).isEqualTo("/app");
        Cookie session = browser.driver().manage().getCookieNamed("KT_SESSION");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getExpiry())
                .as("a session cookie, gone with the browser")
                .isNull();
        assertThat(browser.script("return document.cookie")).asString().doesNotContain("KT_SESSION");
        EVENT.verify(getRequestedFor(urlPathEqualTo("/api/v1/events"))
                .withHeader("Authorization", equalTo("Bearer " + session.getValue())));
    }

    @Test
    void saysSoWhenTheLoginIsWrong() {
        USER.stubFor(post("/api/v1/users/login")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":401,\"code\":\"bad-credentials\",\"detail\":\"wrong\"}")));

        browser.open(url("/login"))
                .type("#email", "owner@example.com")
                .type("#password", "nope")
                .click("button[type=submit]");

        browser.waitForText("이메일 또는 비밀번호가 맞지 않습니다");
        assertThat(browser.find("#email").getAttribute("value")).isEqualTo("owner@example.com");
        assertThat(browser.driver().manage().getCookieNamed("KT_SESSION")).isNull();
    }

    @Test
    void checksSignUpFieldsInlineAndShowsEveryProblemOnSubmit() {
        USER.stubFor(get("/api/v1/users/industries").willReturn(okJson(INDUSTRIES)));
        USER.stubFor(post("/api/v1/users/register/check")
                .withRequestBody(matchingJsonPath("$.businessNumber", equalTo("220-81-62518")))
                .willReturn(okJson(
                        "{\"errors\":[{\"field\":\"businessNumber\",\"message\":\"has a wrong check digit\"}]}")));
        USER.stubFor(post("/api/v1/users/register")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                        {"status":400,"code":"invalid-request","errors":[
                          {"field":"businessNumber","message":"has a wrong check digit"},
                          {"field":"address","message":"must name a city"}]}""")));

        browser.open(url("/signup"));
        browser.type("#businessNumber", "220-81-62518").click("#address");
        browser.waitForText("사업자등록번호가 올바르지 않습니다");
        USER.verify(postRequestedFor(urlPathEqualTo("/api/v1/users/register/check")));

        browser.type("#name", "김사장").type("#address", "어딘가").click("button[type=submit]");
        browser.waitForText("도로명 또는 지번 주소");
        assertThat(browser.text()).contains("사업자등록번호가 올바르지 않습니다");
        assertThat(browser.find("#name").getAttribute("value"))
                .as("what was typed stays")
                .isEqualTo("김사장");
        assertThat(browser.find("#address").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void anExpiredSessionGoesBackToLoginAndReturnsAfterwards() {
        signIn(sessionToken(OWNER, STORE, Duration.ofSeconds(-120)));

        browser.open(url("/app/profile"));

        assertThat(browser.currentPath()).isEqualTo("/login");
        assertThat(browser.text()).contains("다시 로그인해 주세요");
        assertThat(browser.driver().getCurrentUrl()).contains("next=%2Fapp%2Fprofile");
        assertThat(browser.driver().manage().getCookieNamed("KT_SESSION")).isNull();
    }

    @Test
    void logsOutForRealAndRenewsATokenAboutToExpire() {
        String fresh = sessionToken(OWNER, STORE, Duration.ofMinutes(15));
        USER.stubFor(post("/api/v1/users/token").willReturn(okJson("{\"accessToken\":\"" + fresh + "\"}")));
        USER.stubFor(post("/api/v1/users/logout").willReturn(aResponse().withStatus(204)));
        EVENT.stubFor(get(urlPathEqualTo("/api/v1/events")).willReturn(okJson(NO_EVENTS)));
        signIn(sessionToken(OWNER, STORE, Duration.ofMinutes(5)));

        browser.open(url("/app")).waitForText("아직 이벤트가 없습니다");
        assertThat(browser.driver().manage().getCookieNamed("KT_SESSION").getValue())
                .as("renewed five minutes before expiry")
                .isEqualTo(fresh);

        browser.click("header form button[type=submit]").waitForText("로그아웃했습니다");
        USER.verify(postRequestedFor(urlPathEqualTo("/api/v1/users/logout"))
                .withHeader("Authorization", equalTo("Bearer " + fresh)));
        assertThat(browser.driver().manage().getCookieNamed("KT_SESSION")).isNull();
        browser.open(url("/app"));
        assertThat(browser.currentPath()).isEqualTo("/login");
    }

    @Test
    void marksTheCookieSecureBehindAnHttpsProxyAndRefusesAPostWithoutItsToken() throws Exception {
        USER.stubFor(post("/api/v1/users/login")
                .willReturn(okJson("{\"accessToken\":\"" + sessionToken(OWNER, STORE, Duration.ofMinutes(15))
                        + "\",\"tokenType\":\"Bearer\",\"expiresIn\":900}")));
        var http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        var page = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String form = page.body();
        String csrfCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("KT_CSRF="))
                .findFirst()
                .orElseThrow();
        assertThat(csrfCookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict");
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form);
        assertThat(matcher.find()).as("the form carries its CSRF token").isTrue();

        var withoutToken = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=a%40b.c&password=x"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        USER.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/users/login")));

        var login = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-Proto", "https")
                        .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=a%40b.c&password=x&_csrf="
                                + java.net.URLEncoder.encode(
                                        matcher.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("KT_SESSION=")
                        .contains("HttpOnly")
                        .contains("Secure")
                        .contains("SameSite=Lax"));
    }

    @Test
    void signUpAndLoginPassTheAccessibilityRulesThatABrokenPageFails() {
        USER.stubFor(get("/api/v1/users/industries").willReturn(okJson(INDUSTRIES)));

        browser.open("data:text/html;charset=utf-8,<html><body><input type=text><img src=x></body></html>");
        assertThat(browser.accessibilityViolations())
                .as("the checker itself: a field without a label, an image without alt text, no lang")
                .anyMatch(v -> v.startsWith("label"))
                .anyMatch(v -> v.startsWith("image-alt"))
                .anyMatch(v -> v.startsWith("html-has-lang"));

        browser.open(url("/signup"));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open(url("/login"));
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void neverRedirectsElsewhereAfterLogin() {
        browser.open(url("/login?next=https://evil.example/app"));
        assertThat(browser.driver().getPageSource()).doesNotContain("evil.example");
        browser.open(url("/login?next=//evil.example/app"));
        assertThat(browser.driver().getPageSource()).doesNotContain("evil.example");
    }
}
