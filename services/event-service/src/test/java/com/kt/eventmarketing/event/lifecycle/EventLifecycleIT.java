package com.kt.eventmarketing.event.lifecycle;

import static com.kt.eventmarketing.event.Wizard.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.event.Api;
import com.kt.eventmarketing.event.Api.Response;
import com.kt.eventmarketing.event.EventServiceTest;
import com.kt.eventmarketing.event.Messages;
import com.kt.eventmarketing.event.Messages.Received;
import com.kt.eventmarketing.event.Owners;
import com.kt.eventmarketing.event.Owners.Owner;
import com.kt.eventmarketing.event.Wizard;
import com.kt.eventmarketing.event.lifecycle.domain.Event;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@EventServiceTest
class EventLifecycleIT {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    EventLifecycle lifecycle;

    Api api;
    Wizard wizard;
    Owner owner;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        wizard = new Wizard(api, jdbc);
        owner = Owners.registered(jdbc);
    }

    @Test
    void createsADraftOfTheOwnersStoreWithItsObjective() {
        Response created = api.post("/api/v1/events", Map.of("objective", "REVISIT"), owner.token());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String eventId = created.text("eventId");
        assertThat(created.header("Location")).isEqualTo("/api/v1/events/" + eventId);
        assertThat(created.text("status")).isEqualTo("DRAFT");
        assertThat(created.text("objective")).isEqualTo("REVISIT");
        assertThat(created.text("userId")).isEqualTo(owner.userId().toString());
        assertThat(created.text("storeId")).isEqualTo(owner.storeId().toString());
        assertThat(created.json().path("channels").isArray()).isTrue();
        assertThat(created.json().path("channels")).isEmpty();

        Response read = api.get("/api/v1/events/" + eventId, owner.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("objective")).isEqualTo("REVISIT");
    }

    @Test
    void remembersTheCreationSessionForAnHour() {
        String eventId = wizard.createDraft(owner);

        String key = "event:session:" + owner.userId();
        Map<Object, Object> session = redis.opsForHash().entries(key);
        assertThat(session)
                .containsEntry("eventId", eventId)
                .containsEntry("objective", "NEW_CUSTOMERS")
                .containsEntry("storeId", owner.storeId().toString())
                .containsKey("createdAt");
        assertThat(redis.getExpire(key)).isBetween(3500L, 3600L);
        assertThat(api.get("/api/v1/events/session", owner.token()).text("eventId"))
                .isEqualTo(eventId);

        // Redis emptied (restart, eviction): the session is found in PostgreSQL
        redis.delete(key);
        assertThat(api.get("/api/v1/events/session", owner.token()).text("eventId"))
                .isEqualTo(eventId);

        assertThat(api.delete("/api/v1/events/" + eventId, owner.token()).status())
                .isEqualTo(204);
        Response none = api.get("/api/v1/events/session", owner.token());
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.text("code")).isEqualTo("no-creation-session");
    }

    @Test
    void rejectsAMissingOrUnknownObjectiveNamingTheField() {
        Response missing = api.post("/api/v1/events", Map.of(), owner.token());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith(PROBLEM);
        assertThat(missing.errorFields()).containsExactly("objective");

        Response unknown = api.post("/api/v1/events", Map.of("objective", "WORLD_DOMINATION"), owner.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("objective");
        assertThat(unknown.raw().body()).contains("NEW_CUSTOMERS");
    }

    @Test
    void refusesRequestsWithoutAToken() {
        Response response = api.get("/api/v1/events", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith(PROBLEM);
    }

    @Test
    void listsTheStoresEventsNewestFirstPagedAndByStatus() {
        String first = wizard.createDraft(owner);
        String second = wizard.createDraft(owner);
        String published = wizard.publishedEvent(owner);

        Response page = api.get("/api/v1/events?page=0&size=2", owner.token());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(ids(page)).containsExactly(published, second);
        assertThat(page.json().path("page").asInt()).isZero();
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(page.json().path("totalElements").asLong()).isEqualTo(3);
        assertThat(page.json().path("totalPages").asLong()).isEqualTo(2);
        assertThat(ids(api.get("/api/v1/events?page=1&size=2", owner.token()))).containsExactly(first);

        assertThat(ids(api.get("/api/v1/events?status=DRAFT", owner.token()))).containsExactly(second, first);
        assertThat(ids(api.get("/api/v1/events?status=PUBLISHED", owner.token())))
                .containsExactly(published);
        assertThat(api.get("/api/v1/events?status=ENDED", owner.token())
                        .json()
                        .path("totalElements")
                        .asLong())
                .isZero();

        Response capped = api.get("/api/v1/events?size=5000", owner.token());
        assertThat(capped.json().path("size").asInt()).isEqualTo(100);

        Response badStatus = api.get("/api/v1/events?status=ARCHIVED", owner.token());
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.errorFields()).containsExactly("status");
        assertThat(api.get("/api/v1/events?page=-1", owner.token()).errorFields())
                .containsExactly("page");
        assertThat(api.get("/api/v1/events?size=0", owner.token()).errorFields())
                .containsExactly("size");
    }

    @Test
    void editsADraftAndRejectsAPeriodThatEndsBeforeItStarts() {
        String eventId = wizard.createDraft(owner);

        Response edited = wizard.write(owner, eventId, "가을 라떼 페스티벌", today().plusDays(3), today().plusDays(10));
        assertThat(edited.text("eventName")).isEqualTo("가을 라떼 페스티벌");
        assertThat(edited.text("startDate")).isEqualTo(today().plusDays(3).toString());

        Map<String, Object> backwards = new HashMap<>();
        backwards.put("eventName", "거꾸로 이벤트");
        backwards.put("startDate", today().plusDays(10).toString());
        backwards.put("endDate", today().plusDays(3).toString());
        Response refused = api.put("/api/v1/events/" + eventId, backwards, owner.token());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("endDate");
        assertThat(api.get("/api/v1/events/" + eventId, owner.token()).text("eventName"))
                .isEqualTo("가을 라떼 페스티벌");

        Response markup = api.put("/api/v1/events/" + eventId, Map.of("eventName", "<script>"), owner.token());
        assertThat(markup.status()).isEqualTo(400);
        assertThat(markup.errorFields()).containsExactly("eventName");
    }

    @Test
    void theDatabaseItselfRefusesAPeriodEndingBeforeItStartsAndUnknownStatuses() {
        String eventId = wizard.createDraft(owner);

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE events SET start_date = ?, end_date = ? WHERE event_id = ?::uuid",
                        LocalDate.of(2026, 5, 10),
                        LocalDate.of(2026, 5, 1),
                        eventId))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE events SET status = 'ARCHIVED' WHERE event_id = ?::uuid", eventId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void setsChannelsFromTheCatalogueEachOnce() {
        String eventId = wizard.createDraft(owner);

        Response chosen = api.put(
                "/api/v1/events/" + eventId + "/channels",
                Map.of("channels", List.of("KAKAO_CHANNEL", "RINGO_BIZ", "KAKAO_CHANNEL")),
                owner.token());
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.texts("channels")).containsExactly("KAKAO_CHANNEL", "RINGO_BIZ");
        assertThat(jdbc.queryForObject("SELECT channels FROM events WHERE event_id = ?::uuid", String.class, eventId))
                .isEqualTo("[\"KAKAO_CHANNEL\",\"RINGO_BIZ\"]");

        Response unknown = api.put(
                "/api/v1/events/" + eventId + "/channels",
                Map.of("channels", List.of("CARRIER_PIGEON")),
                owner.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("channels[0]");
        Response missing = api.put("/api/v1/events/" + eventId + "/channels", Map.of(), owner.token());
        assertThat(missing.errorFields()).containsExactly("channels");
    }

    @Test
    void publishesACompleteDraftAndAnnouncesItWithEverythingOthersNeed() {
        String eventId = wizard.completeDraft(owner);

        Response published = api.post("/api/v1/events/" + eventId + "/publish", null, owner.token());

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.text("status")).isEqualTo("PUBLISHED");
        assertThat(published.text("publishedAt")).isNotBlank();
        List<Received> messages = Messages.await(EventPublished.TOPIC, eventId);
        assertThat(messages).hasSize(1);
        Received message = messages.getFirst();
        JsonNode payload = message.payload();
        assertThat(payload.path("eventName").asString()).isEqualTo("봄맞이 아메리카노 이벤트");
        assertThat(payload.path("userId").asString()).isEqualTo(owner.userId().toString());
        assertThat(payload.path("store").path("storeId").asString())
                .isEqualTo(owner.storeId().toString());
        assertThat(payload.path("store").path("storeName").asString()).isEqualTo("카페 봄");
        assertThat(payload.path("store").path("averageSpend").asLong()).isEqualTo(8000);
        assertThat(payload.path("objective").asString()).isEqualTo("NEW_CUSTOMERS");
        assertThat(payload.path("startDate").asString())
                .isEqualTo(today().plusDays(1).toString());
        assertThat(payload.path("endDate").asString())
                .isEqualTo(today().plusDays(14).toString());
        assertThat(payload.path("channels").toString()).isEqualTo("[\"INSTAGRAM\",\"SMS\"]");
        assertThat(payload.path("selectedImageId").asString()).isEqualTo(published.text("selectedImageId"));
        assertThat(payload.path("selectedImageUrl").asString()).startsWith("/api/v1/content/images/");
        assertThat(payload.path("plan").isNull())
                .as("written without an AI plan")
                .isTrue();
        assertThat(message.header("ce_type")).isEqualTo("com.kt.eventmarketing.event.published.v1");
        assertThat(message.header("ce_source")).isEqualTo("/event-service");
        assertThat(message.header("ce_subject")).isEqualTo(eventId);
        assertThat(message.header("ce_id")).isEqualTo(payload.path("messageId").asString());
    }

    @Test
    void refusesToPublishAnIncompleteDraftListingWhatIsMissing() {
        String eventId = wizard.createDraft(owner);

        Response refused = api.post("/api/v1/events/" + eventId + "/publish", null, owner.token());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        assertThat(refused.text("code")).isEqualTo("event-incomplete");
        assertThat(refused.texts("missing")).containsExactly("eventName", "period", "selectedImage", "channels");

        wizard.write(owner, eventId, "이름만 있는 이벤트", today(), today().plusDays(3));
        assertThat(api.post("/api/v1/events/" + eventId + "/publish", null, owner.token())
                        .texts("missing"))
                .containsExactly("selectedImage", "channels");
        assertThat(api.get("/api/v1/events/" + eventId, owner.token()).text("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void refusesToPublishAPeriodThatHasAlreadyBegun() {
        String eventId = wizard.completeDraft(owner);
        wizard.write(owner, eventId, "지난주 이벤트", today().minusDays(2), today().plusDays(5));

        Response refused = api.post("/api/v1/events/" + eventId + "/publish", null, owner.token());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("start-date-passed");
        assertThat(refused.text("detail")).contains(today().minusDays(2).toString());
    }

    @Test
    void asksAnOwnerWhoseStoreIsNotKnownYetToTryAgainInAMoment() {
        Owner newcomer = Owners.justSignedUp();
        String eventId = wizard.completeDraft(newcomer);

        Response refused = api.post("/api/v1/events/" + eventId + "/publish", null, newcomer.token());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("store-not-ready");
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(api.get("/api/v1/events/" + eventId, newcomer.token()).text("status"))
                .isEqualTo("DRAFT");
    }

    @Test
    void changesAndDeletionAreForDraftsOnlyAndAPublishedEventCanOnlyEnd() {
        String eventId = wizard.publishedEvent(owner);
        String path = "/api/v1/events/" + eventId;

        Response edit = api.put(path, Map.of("eventName", "바뀐 이름"), owner.token());
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.text("code")).isEqualTo("event-not-draft");
        assertThat(api.put(path + "/channels", Map.of("channels", List.of("EMAIL")), owner.token())
                        .status())
                .isEqualTo(409);
        assertThat(api.post(path + "/ai-recommendations", null, owner.token()).status())
                .isEqualTo(409);
        assertThat(api.post(path + "/images", null, owner.token()).status()).isEqualTo(409);
        assertThat(api.post(path + "/publish", null, owner.token()).text("code"))
                .isEqualTo("event-not-draft");
        Response delete = api.delete(path, owner.token());
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.text("detail")).contains("end it instead");

        Response ended = api.post(path + "/end", null, owner.token());
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.text("status")).isEqualTo("ENDED");
        assertThat(ended.text("endReason")).isEqualTo("MANUAL");
        List<Received> announced = Messages.await(EventEnded.TOPIC, eventId);
        assertThat(announced).hasSize(1);
        assertThat(announced.getFirst().payload().path("reason").asString()).isEqualTo("MANUAL");
        assertThat(announced.getFirst().payload().path("storeId").asString())
                .isEqualTo(owner.storeId().toString());

        Response again = api.post(path + "/end", null, owner.token());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("event-already-ended");
        assertThat(api.delete(path, owner.token()).status()).isEqualTo(409);
    }

    @Test
    void aDraftCannotEndButCanBeDeletedWithItsPlansAndImagesWhileItsJobsStay() {
        String eventId = wizard.createDraft(owner);
        wizard.write(owner, eventId, "지울 이벤트", null, null);
        String jobId = wizard.requestPlans(owner, eventId);
        wizard.answerPlans(owner, eventId, jobId);

        Response end = api.post("/api/v1/events/" + eventId + "/end", null, owner.token());
        assertThat(end.status()).isEqualTo(409);
        assertThat(end.text("code")).isEqualTo("event-not-published");

        assertThat(api.delete("/api/v1/events/" + eventId, owner.token()).status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/events/" + eventId, owner.token()).status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM ai_recommendations WHERE event_id = ?::uuid", eventId))
                .isZero();
        assertThat(count("SELECT count(*) FROM jobs WHERE event_id = ?::uuid", eventId))
                .isEqualTo(1);
        assertThat(api.get("/api/v1/jobs/" + jobId, owner.token()).text("status"))
                .isEqualTo("COMPLETED");
    }

    @Test
    void endsEventsPastTheirEndDateByThemselvesOnceEvenWithTwoReplicasSweeping() throws Exception {
        String due = wizard.publishedEvent(owner);
        String running = wizard.publishedEvent(owner);
        jdbc.update(
                "UPDATE events SET start_date = ?, end_date = ? WHERE event_id = ?::uuid",
                today().minusDays(10),
                today().minusDays(1),
                due);
        jdbc.update(
                "UPDATE events SET start_date = ?, end_date = ? WHERE event_id = ?::uuid",
                today().minusDays(10),
                today(),
                running);

        // two replicas' sweeps at the same moment
        try (ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Event>>> sweeps = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                sweeps.add(replicas.submit(() -> {
                    start.await();
                    return lifecycle.endDueEvents(200);
                }));
            }
            start.countDown();
            long endedOnce = 0;
            for (Future<List<Event>> sweep : sweeps) {
                endedOnce += sweep.get().stream()
                        .filter(event -> event.eventId().toString().equals(due))
                        .count();
            }
            assertThat(endedOnce).as("ended by exactly one of the sweeps").isEqualTo(1);
        }
        lifecycle.endDueEvents(200);

        Response ended = api.get("/api/v1/events/" + due, owner.token());
        assertThat(ended.text("status")).isEqualTo("ENDED");
        assertThat(ended.text("endReason")).isEqualTo("END_DATE");
        assertThat(api.get("/api/v1/events/" + running, owner.token()).text("status"))
                .as("still running on its last day")
                .isEqualTo("PUBLISHED");
        List<Received> announced =
                Messages.await(EventEnded.TOPIC, due, 1, Duration.ofSeconds(20), Duration.ofSeconds(2));
        assertThat(announced).hasSize(1);
        assertThat(announced.getFirst().payload().path("reason").asString()).isEqualTo("END_DATE");
        assertThat(announced.getFirst().payload().path("userId").asString())
                .isEqualTo(owner.userId().toString());
    }

    @Test
    void servesItsOpenApiDocument() {
        Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.has("/api/v1/events")).isTrue();
        assertThat(paths.has("/api/v1/events/{eventId}/ai-recommendations/{recommendationId}/select"))
                .isTrue();
        assertThat(paths.has("/api/v1/jobs/{jobId}")).isTrue();
        System.out.println("OPENAPI-PARAMS "
                + paths.path("/api/v1/events/{eventId}").path("get").path("parameters"));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static List<String> ids(Response page) {
        List<String> ids = new ArrayList<>();
        page.json()
                .path("content")
                .forEach(event -> ids.add(event.path("eventId").asString()));
        return ids;
    }
}
