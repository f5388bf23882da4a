package com.kt.eventmarketing.event;

import static com.kt.eventmarketing.event.Wizard.today;
import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.event.Api.Response;
import com.kt.eventmarketing.event.Owners.Owner;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An owner never sees or changes another store's events, plans, images or jobs: every endpoint answers 404. */
@EventServiceTest
class OwnerIsolationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    Wizard wizard;
    Owner owner;
    Owner stranger;
    String draft;
    String published;
    String planId;
    String imageId;
    String jobId;
    String failedJobId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        wizard = new Wizard(api, jdbc);
        owner = Owners.registered(jdbc);
        stranger = Owners.registered(jdbc);
        draft = wizard.createDraft(owner);
        wizard.write(owner, draft, "우리 가게 이벤트", today().plusDays(1), today().plusDays(5));
        jobId = wizard.requestPlans(owner, draft);
        planId = wizard.answerPlans(owner, draft, jobId).getFirst();
        imageId = wizard.deliverImages(
                        draft, UUID.randomUUID().toString(), List.of(ImageStyle.SIMPLE), List.of(ImagePlatform.POSTER))
                .getFirst()
                .toString();
        failedJobId = api.post("/api/v1/events/" + draft + "/images", null, owner.token())
                .text("jobId");
        jdbc.update("UPDATE jobs SET status = 'FAILED' WHERE job_id = ?::uuid", failedJobId);
        published = wizard.publishedEvent(owner);
    }

    @Test
    void everyEndpointAnswersNotFoundForAnotherStoresData() {
        String event = "/api/v1/events/" + draft;
        Map<String, Function<String, Response>> calls = new java.util.LinkedHashMap<>();
        calls.put("GET event", token -> api.get(event, token));
        calls.put("PUT event", token -> api.put(event, Map.of("eventName", "가로챈 이름"), token));
        calls.put("DELETE event", token -> api.delete(event, token));
        calls.put("PUT channels", token -> api.put(event + "/channels", Map.of("channels", List.of("SMS")), token));
        calls.put("POST publish", token -> api.post(event + "/publish", null, token));
        calls.put("POST end", token -> api.post("/api/v1/events/" + published + "/end", null, token));
        calls.put("POST ai-recommendations", token -> api.post(event + "/ai-recommendations", null, token));
        calls.put("GET ai-recommendations", token -> api.get(event + "/ai-recommendations", token));
        calls.put(
                "PUT select plan", token -> api.put(event + "/ai-recommendations/" + planId + "/select", null, token));
        calls.put("POST images", token -> api.post(event + "/images", null, token));
        calls.put("GET images", token -> api.get(event + "/images", token));
        calls.put("PUT select image", token -> api.put(event + "/images/" + imageId + "/select", null, token));
        calls.put("GET job", token -> api.get("/api/v1/jobs/" + jobId, token));
        calls.put("POST job retry", token -> api.post("/api/v1/jobs/" + failedJobId + "/retry", null, token));

        calls.forEach((name, call) -> {
            Response response = call.apply(stranger.token());
            assertThat(response.status()).as(name + ": " + response).isEqualTo(404);
            assertThat(response.contentType()).as(name).startsWith("application/problem+json");
        });

        // nothing changed, and the owner still has it all
        Response mine = api.get(event, owner.token());
        assertThat(mine.text("eventName")).isEqualTo("우리 가게 이벤트");
        assertThat(mine.json().path("selectedImageId").isNull()).isTrue();
        assertThat(mine.text("status")).isEqualTo("DRAFT");
        assertThat(api.get("/api/v1/events/" + published, owner.token()).text("status"))
                .isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ai_recommendations WHERE event_id = ?::uuid AND is_selected",
                        Integer.class,
                        draft))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM jobs WHERE retry_of = ?::uuid", Integer.class, failedJobId))
                .isZero();
        for (String path : List.of(event, event + "/ai-recommendations", event + "/images", "/api/v1/jobs/" + jobId)) {
            assertThat(api.get(path, owner.token()).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theListShowsOnlyTheOwnersOwnStore() {
        Response theirs = api.get("/api/v1/events", stranger.token());

        assertThat(theirs.json().path("totalElements").asLong()).isZero();
        assertThat(api.get("/api/v1/events", owner.token())
                        .json()
                        .path("totalElements")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/events/session", stranger.token()).status()).isEqualTo(404);
    }

    @Test
    void aPlanOrImageOfAnotherEventIsNotFoundOnTheOwnersOwnEvent() {
        String other = wizard.createDraft(owner);

        assertThat(api.put("/api/v1/events/" + other + "/ai-recommendations/" + planId + "/select", null, owner.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/events/" + other + "/images/" + imageId + "/select", null, owner.token())
                        .status())
                .isEqualTo(404);
    }
}
