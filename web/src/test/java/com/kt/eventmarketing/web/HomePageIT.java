package com.kt.eventmarketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HomePageIT extends EdgeIntegrationTest {

    @Test
    void isKoreanByDefault() {
        HttpResponse<String> home = fetch("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(home.body())
                .contains("<html lang=\"ko\">")
                .contains("KT 이벤트 마케팅")
                .contains("소상공인")
                .contains("href=\"/swagger-ui.html\"")
                .contains("href=\"/actuator/health\"")
                .containsPattern("href=\"/css/edge-[0-9a-f]{32}\\.css\"")
                .as("a person's home: sign-up and login")
                .contains("href=\"/signup\"")
                .contains("href=\"/login\"");
    }

    @Test
    void hasNoInlineScriptsOrStyles() {
        String home = fetch("/").body();

        assertThat(home.toLowerCase())
                .doesNotContain("<script")
                .doesNotContain("<style")
                .doesNotContain(" style=")
                .doesNotContain("javascript:")
                .doesNotContain(" on");
    }

    @Test
    void speaksEnglishWhenAsked() {
        HttpResponse<String> home = fetch("/", "Accept-Language", "en-US,en;q=0.8");

        assertThat(home.body()).contains("<html lang=\"en\">").contains("small store owners");
    }

    @Test
    void fallsBackToKoreanForOtherLanguages() {
        assertThat(fetch("/", "Accept-Language", "fr-FR").body())
                .contains("<html lang=\"ko\">")
                .contains("소상공인");
    }

    @Test
    void refusesAFormPostWithoutItsCsrfToken() {
        HttpResponse<String> response =
                send(request("/login").header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("입력 화면이 만료되었습니다").doesNotContain("Exception");
    }

    @Test
    void answersOtherMethodsWithAProblem() {
        HttpResponse<String> response = send(request("/css/edge.css").POST(HttpRequest.BodyPublishers.ofString("x")));

        assertProblem(response, 405);
        assertThat(response.body()).contains("\"code\":\"method-not-allowed\"");
    }

    @Test
    void answersUnknownPagesWithAProblem() {
        HttpResponse<String> response = fetch("/no-such-page", "Accept", "application/json");

        assertProblem(response, 404);
        assertThat(response.body()).contains("\"instance\":\"/no-such-page\"");
    }

    @Test
    void showsABrowserAPageForUnknownPages() {
        HttpResponse<String> response = fetch("/no-such-page", "Accept", "text/html,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains("페이지를 찾을 수 없습니다").contains("href=\"/\"");
    }

    @Test
    void servesItsStyleSheet() {
        HttpResponse<String> css = fetch("/css/edge.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
    }
}
