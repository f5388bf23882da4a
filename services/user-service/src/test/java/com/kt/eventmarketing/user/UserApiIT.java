package com.kt.eventmarketing.user;

import static com.kt.eventmarketing.user.OwnerMother.cafeOwner;
import static com.kt.eventmarketing.user.OwnerMother.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.common.testing.ServiceApi.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@UserServiceTest
class UserApiIT {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void registersAnOwnerWithTheStoreAndLogsThemIn() {
        Map<String, Object> owner = cafeOwner();

        Response registered = api.post("/api/v1/users/register", owner, null);

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo("/api/v1/users/me");
        assertThat(registered.text("userId")).isNotBlank();
        assertThat(registered.text("storeId")).isNotBlank();
        String token = registered.text("accessToken");

        Response me = api.get("/api/v1/users/me", token);
        assertThat(me.status()).isEqualTo(200);
        JsonNode profile = me.json();
        assertThat(profile.path("userId").asString()).isEqualTo(registered.text("userId"));
        assertThat(profile.path("storeId").asString()).isEqualTo(registered.text("storeId"));
        assertThat(profile.path("name").asString()).isEqualTo("김사장");
        assertThat(profile.path("storeName").asString()).isEqualTo("카페 봄");
        assertThat(profile.path("industry").asString()).isEqualTo("CAFE");
        assertThat(profile.path("region").asString()).isEqualTo("서울");
        assertThat(profile.path("district").asString()).isEqualTo("마포구");
        assertThat(profile.path("phoneNumber").asString()).isEqualTo("010-1234-5678");
        assertThat(profile.path("averageSpend").asLong()).isEqualTo(8000);
        assertThat(profile.has("password")).isFalse();

        Response login =
                api.post("/api/v1/users/login", Map.of("email", owner.get("email"), "password", "Coffee!2026"), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("tokenType")).isEqualTo("Bearer");
        assertThat(login.json().path("expiresIn").asLong()).isEqualTo(900);
        assertThat(login.text("userId")).isEqualTo(registered.text("userId"));
    }

    @Test
    void storesThePhoneNumberOnlyEncrypted() {
        Response registered = api.post("/api/v1/users/register", cafeOwner(), null);

        String stored = jdbc.queryForObject(
                "SELECT phone_encrypted FROM users WHERE user_id = ?::uuid", String.class, registered.text("userId"));

        assertThat(stored).startsWith("v1:test:").doesNotContain("1234").doesNotContain("5678");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        Map<String, Object> body = new java.util.HashMap<>(cafeOwner());
        body.put("name", "");
        body.put("phoneNumber", "12345");
        body.put("email", "not-an-email");
        body.put("password", "short");
        body.put("businessNumber", "123-45-67890");
        body.put("averageSpend", -5);
        body.put("address", "마포구 어딘가");

        Response response = api.post("/api/v1/users/register", body, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.text("code")).isEqualTo("invalid-request");
        assertThat(fields(response))
                .containsExactlyInAnyOrder(
                        "address", "averageSpend", "businessNumber", "email", "name", "password", "phoneNumber");
        assertThat(response.raw().body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void rejectsABusinessNumberWithAWrongCheckDigit() {
        Response response =
                api.post("/api/v1/users/register", with(cafeOwner(), "businessNumber", "220-81-62518"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("businessNumber");
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .contains("check digit");
    }

    @Test
    void rejectsAWeakPasswordSayingWhy() {
        Response response = api.post("/api/v1/users/register", with(cafeOwner(), "password", "password"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("password");
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .contains("letters, digits and symbols");
    }

    @Test
    void rejectsAnUnknownIndustryAndMalformedJson() {
        Response industry = api.post("/api/v1/users/register", with(cafeOwner(), "industry", "CASINO"), null);
        assertThat(industry.status()).isEqualTo(400);
        assertThat(industry.contentType()).startsWith(PROBLEM);
        assertThat(fields(industry)).containsExactly("industry");

        Response malformed = api.postRaw("/api/v1/users/register", "{\"name\": ", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith(PROBLEM);
        assertThat(malformed.text("code")).isEqualTo("malformed-body");

        Response notJson = api.postRaw("/api/v1/users/register", "name=x", "application/x-www-form-urlencoded");
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.contentType()).startsWith(PROBLEM);
    }

    @Test
    void refusesASecondAccountWithTheSameEmailInAnyCase() {
        Map<String, Object> owner = cafeOwner();
        assertThat(api.post("/api/v1/users/register", owner, null).status()).isEqualTo(201);

        Map<String, Object> again = with(
                with(owner, "email", owner.get("email").toString().toUpperCase()),
                "businessNumber",
                OwnerMother.validBusinessNumber());
        Response response = api.post("/api/v1/users/register", again, null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.text("code")).isEqualTo("email-taken");
    }

    @Test
    void rejectsAWrongPasswordAndUnknownAccountAlike() {
        Map<String, Object> owner = cafeOwner();
        api.post("/api/v1/users/register", owner, null);

        Response wrong =
                api.post("/api/v1/users/login", Map.of("email", owner.get("email"), "password", "Wrong!2026"), null);
        Response unknown =
                api.post("/api/v1/users/login", Map.of("email", "nobody@example.com", "password", "Wrong!2026"), null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith(PROBLEM);
        assertThat(wrong.text("detail")).isEqualTo(unknown.text("detail"));
    }

    @Test
    void refusesRequestsWithoutOrWithATamperedToken() {
        Response registered = api.post("/api/v1/users/register", cafeOwner(), null);
        String token = registered.text("accessToken");

        Response missing = api.get("/api/v1/users/me", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith(PROBLEM);
        assertThat(missing.text("code")).isEqualTo("authentication-required");
        assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer");

        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace(
                                registered.text("userId"),
                                java.util.UUID.randomUUID().toString())
                        .getBytes());
        Response tampered = api.get("/api/v1/users/me", parts[0] + "." + otherPayload + "." + parts[2]);
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.contentType()).startsWith(PROBLEM);
        assertThat(tampered.text("code")).isEqualTo("invalid-token");

        assertThat(api.get("/api/v1/users/me", "not.a.jwt").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/industries", "not.a.jwt").status())
                .as("a public path ignores whatever token comes with the request")
                .isEqualTo(200);
    }

    @Test
    void aTokenStopsWorkingAfterLogout() {
        String token = api.post("/api/v1/users/register", cafeOwner(), null).text("accessToken");
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/users/logout", null, token).status()).isEqualTo(204);

        Response after = api.get("/api/v1/users/me", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.text("code")).isEqualTo("invalid-token");
    }

    @Test
    void checksSignUpFieldsAsTheyAreFilledInWithTheRegistrationRules() {
        Integer usersBefore = jdbc.queryForObject("select count(*) from users", Integer.class);
        Response check = api.post(
                "/api/v1/users/register/check",
                Map.of(
                        "businessNumber", "220-81-62518",
                        "email", "not-an-address",
                        "password", "short",
                        "averageSpend", "12",
                        "storeName", "카페 봄",
                        "unknown", "ignored"),
                null);
        assertThat(check.status()).isEqualTo(200);
        Map<String, String> errors = new java.util.HashMap<>();
        check.json()
                .path("errors")
                .forEach(e ->
                        errors.put(e.path("field").asString(), e.path("message").asString()));
        assertThat(errors).containsOnlyKeys("businessNumber", "email", "password", "averageSpend");

        Response valid = api.post("/api/v1/users/register/check", Map.of("businessNumber", "220-81-62517"), null);
        assertThat(valid.json().path("errors").size()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from users", Integer.class))
                .as("a check stores nothing")
                .isEqualTo(usersBefore);
    }

    @Test
    void renewsATokenWithinItsSessionButNotAfterLogout() {
        String token = api.post("/api/v1/users/register", cafeOwner(), null).text("accessToken");

        Response renewed = api.post("/api/v1/users/token", null, token);
        assertThat(renewed.status()).isEqualTo(200);
        String fresh = renewed.text("accessToken");
        assertThat(fresh).isNotEqualTo(token);
        assertThat(renewed.json().path("expiresIn").asLong()).isEqualTo(900);
        assertThat(claim(fresh, "auth_time"))
                .as("the session keeps its login time")
                .isEqualTo(claim(token, "auth_time"))
                .isPositive();
        assertThat(api.get("/api/v1/users/me", fresh).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/users/logout", null, fresh).status()).isEqualTo(204);
        Response afterLogout = api.post("/api/v1/users/token", null, fresh);
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.contentType()).startsWith(PROBLEM);
    }

    private static long claim(String jwt, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return tools.jackson.databind.json.JsonMapper.shared()
                .readTree(payload)
                .path(name)
                .asLong();
    }

    @Test
    void locksTheAccountAfterRepeatedWrongPasswords() {
        Map<String, Object> owner = cafeOwner();
        api.post("/api/v1/users/register", owner, null);
        Map<String, Object> wrong = Map.of("email", owner.get("email"), "password", "Wrong!2026");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(api.post("/api/v1/users/login", wrong, null).status());
        }
        Response right =
                api.post("/api/v1/users/login", Map.of("email", owner.get("email"), "password", "Coffee!2026"), null);

        assertThat(statuses).containsExactly(401, 401, 401, 401, 423, 423);
        assertThat(right.status()).isEqualTo(423);
        assertThat(right.contentType()).startsWith(PROBLEM);
        assertThat(right.text("code")).isEqualTo("account-locked");
        assertThat(Long.parseLong(right.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void updatesTheProfile() {
        String token = api.post("/api/v1/users/register", cafeOwner(), null).text("accessToken");
        Map<String, Object> changes = Map.of(
                "name", "김대표",
                "phoneNumber", "+82 10 9876 5432",
                "storeName", "카페 봄 해운대점",
                "industry", "BAKERY",
                "address", "부산광역시 해운대구 해운대해변로 264",
                "averageSpend", 12000);

        Response updated = api.put("/api/v1/users/me", changes, token);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.text("storeName")).isEqualTo("카페 봄 해운대점");
        assertThat(updated.text("region")).isEqualTo("부산");
        assertThat(updated.text("phoneNumber")).isEqualTo("010-9876-5432");
        assertThat(api.get("/api/v1/users/me", token).text("industry")).isEqualTo("BAKERY");

        Response invalid = api.put("/api/v1/users/me", with(changes, "averageSpend", 0), token);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactly("averageSpend");
        assertThat(api.get("/api/v1/users/me", token)
                        .json()
                        .path("averageSpend")
                        .asLong())
                .isEqualTo(12000);
    }

    @Test
    void changingThePasswordEndsEarlierTokens() throws InterruptedException {
        Map<String, Object> owner = cafeOwner();
        String token = api.post("/api/v1/users/register", owner, null).text("accessToken");
        Thread.sleep(1100); // token issue times have one-second resolution

        Response wrongCurrent = api.put(
                "/api/v1/users/me/password",
                Map.of("currentPassword", "Nope!2026", "newPassword", "Latte#2027"),
                token);
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(fields(wrongCurrent)).containsExactly("currentPassword");

        Response changed = api.put(
                "/api/v1/users/me/password",
                Map.of("currentPassword", "Coffee!2026", "newPassword", "Latte#2027"),
                token);
        assertThat(changed.status()).isEqualTo(204);

        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/users/login", Map.of("email", owner.get("email"), "password", "Coffee!2026"), null)
                        .status())
                .isEqualTo(401);
        String fresh = api.post(
                        "/api/v1/users/login", Map.of("email", owner.get("email"), "password", "Latte#2027"), null)
                .text("accessToken");
        assertThat(api.get("/api/v1/users/me", fresh).status()).isEqualTo(200);
    }

    @Test
    void publishesItsKeysAsJwks() {
        Response jwks = api.get("/.well-known/jwks.json", null);

        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().path("keys").get(0);
        assertThat(key.path("kty").asString()).isEqualTo("EC");
        assertThat(key.path("crv").asString()).isEqualTo("P-256");
        assertThat(key.has("d")).as("no private part").isFalse();
    }

    @Test
    void answersUnknownPathsWithProblemDetails() {
        Response response = api.get("/api/v1/users/nothing-here", null);

        assertThat(response.status()).isIn(401, 404);
        assertThat(response.contentType()).startsWith(PROBLEM);
        Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");
    }

    @Test
    void servesItsOpenApiDocumentAndMetrics() {
        Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/v1/users/register")).isTrue();
        assertThat(docs.json().path("paths").has("/api/v1/users/login")).isTrue();
        List<String> parameters = new ArrayList<>();
        docs.json()
                .path("paths")
                .path("/api/v1/users/me")
                .path("get")
                .path("parameters")
                .forEach(p -> parameters.add(p.path("name").asString()));
        assertThat(parameters)
                .as("the owner comes from the token, not a parameter")
                .doesNotContain("owner");
        assertThat(docs.json()
                        .path("components")
                        .path("securitySchemes")
                        .path("bearerAuth")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");

        Response metrics = api.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).contains("http_server_requests");
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }
}
