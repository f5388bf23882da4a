package com.kt.eventmarketing.event.plans;

import static com.kt.eventmarketing.event.Wizard.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.contracts.event.AiRecommendationRequested;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import com.kt.eventmarketing.contracts.job.JobStatus;
import com.kt.eventmarketing.contracts.job.JobType;
import com.kt.eventmarketing.event.Api;
import com.kt.eventmarketing.event.Api.Response;
import com.kt.eventmarketing.event.EventServiceTest;
import com.kt.eventmarketing.event.Messages;
import com.kt.eventmarketing.event.Messages.Received;
import com.kt.eventmarketing.event.Owners;
import com.kt.eventmarketing.event.Owners.Owner;
import com.kt.eventmarketing.event.PlanMother;
import com.kt.eventmarketing.event.Wizard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
class PlansIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StringRedisTemplate redis;

    Api api;
    Wizard wizard;
    Owner owner;
    String eventId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        wizard = new Wizard(api, jdbc);
        owner = Owners.registered(jdbc);
        eventId = wizard.createDraft(owner);
    }

    @Test
    void asksTheAiServiceForPlansAsAJobWithTheStoreAndObjective() {
        Response accepted = api.post(plansPath(), null, owner.token());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String jobId = accepted.text("jobId");
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/jobs/" + jobId);
        assertThat(accepted.text("jobType")).isEqualTo("AI_RECOMMENDATION");
        assertThat(accepted.text("status")).isEqualTo("PENDING");

        Response job = api.get("/api/v1/jobs/" + jobId, owner.token());
        assertThat(job.status()).isEqualTo(200);
        assertThat(job.text("status")).isEqualTo("PENDING");
        assertThat(job.json().path("progress").asInt()).isZero();
        assertThat(job.text("eventId")).isEqualTo(eventId);
        Map<Object, Object> live = redis.opsForHash().entries("job:status:" + jobId);
        assertThat(live)
                .containsEntry("jobType", "AI_RECOMMENDATION")
                .containsEntry("status", "PENDING")
                .containsEntry("progress", "0")
                .containsEntry("eventId", eventId);
        assertThat(redis.getExpire("job:status:" + jobId)).isBetween(590L, 600L);

        List<Received> requests = Messages.await(AiRecommendationRequested.TOPIC, eventId);
        assertThat(requests).hasSize(1);
        JsonNode request = requests.getFirst().payload();
        assertThat(request.path("jobId").asString()).isEqualTo(jobId);
        assertThat(request.path("userId").asString()).isEqualTo(owner.userId().toString());
        assertThat(request.path("objective").asString()).isEqualTo("NEW_CUSTOMERS");
        assertThat(request.path("referenceDate").asString()).isEqualTo(today().toString());
        assertThat(request.path("store").path("industry").asString()).isEqualTo("CAFE");
        assertThat(request.path("store").path("region").asString()).isEqualTo("서울");
    }

    @Test
    void askingAgainWhileTheAiIsWorkingJoinsTheSameJob() {
        String first = wizard.requestPlans(owner, eventId);
        String second = wizard.requestPlans(owner, eventId);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM jobs WHERE event_id = ?::uuid", Integer.class, UUID.fromString(eventId)))
                .isEqualTo(1);
    }

    @Test
    void asksAnOwnerWhoseStoreIsNotKnownYetToTryAgainInAMoment() {
        Owner newcomer = Owners.justSignedUp();
        String draft = wizard.createDraft(newcomer);

        Response refused = api.post("/api/v1/events/" + draft + "/ai-recommendations", null, newcomer.token());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("store-not-ready");
        assertThat(refused.text("detail")).contains("try again in a moment");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM jobs WHERE event_id = ?::uuid", Integer.class, draft))
                .isZero();
    }

    @Test
    void storesTheThreePlansOnceHoweverOftenTheAnswerArrives() {
        String jobId = wizard.requestPlans(owner, eventId);
        AiRecommendationCompleted answer = AiRecommendationCompleted.of(
                UUID.fromString(jobId), UUID.fromString(eventId), "BUILT_IN", PlanMother.threePlans(today()));

        Messages.send(answer, "ai-service");
        Messages.send(answer, "ai-service"); // redelivered: same message id
        awaitAnswered(jobId);
        List<String> stored = planIds();
        // the AI service answers the same job again (its own retry): a new message, the same job
        Messages.deliver(
                AiRecommendationCompleted.of(
                        UUID.fromString(jobId), UUID.fromString(eventId), "OPENAI", PlanMother.threePlans(today())),
                "ai-service",
                jdbc);

        Response plans = api.get(plansPath(), owner.token());
        assertThat(plans.status()).isEqualTo(200);
        assertThat(planIds()).hasSize(3).isEqualTo(stored);
        JsonNode low = plans.json().get(0);
        assertThat(low.path("budgetLevel").asString()).isEqualTo("LOW");
        assertThat(plans.json().get(1).path("budgetLevel").asString()).isEqualTo("MEDIUM");
        assertThat(plans.json().get(2).path("budgetLevel").asString()).isEqualTo("HIGH");
        assertThat(low.path("eventName").asString()).isEqualTo("봄맞이 스탬프 이벤트");
        assertThat(low.path("promotionType").asString()).isEqualTo("STAMP");
        assertThat(low.path("targetAudience").asString()).isEqualTo("20~30대 직장인");
        assertThat(low.path("isSelected").asBoolean()).isFalse();
        assertThat(low.path("prize").asString()).isEqualTo("아메리카노 1잔");
        assertThat(low.path("participationMethod").asString()).isEqualTo("매장 QR 코드로 응모");
        assertThat(low.path("expectedParticipants").asLong()).isEqualTo(120);
        assertThat(low.path("expectedCost").asLong()).isEqualTo(300_000);
        assertThat(low.path("expectedRevenue").asLong()).isEqualTo(960_000);
        assertThat(low.path("expectedRoi").asDouble()).isEqualTo(2.2);
        assertThat(low.path("reasoning").asString()).contains("봄 시즌");
        assertThat(low.path("source").asString()).isEqualTo("BUILT_IN");

        Response job = api.get("/api/v1/jobs/" + jobId, owner.token());
        assertThat(job.text("status")).isEqualTo("COMPLETED");
        assertThat(job.json().path("progress").asInt()).isEqualTo(100);
    }

    @Test
    void aLateAnswerToAJobThatAlreadyFailedChangesNothing() {
        String jobId = wizard.requestPlans(owner, eventId);
        Messages.deliver(
                JobProgressed.of(
                        UUID.fromString(jobId),
                        UUID.fromString(eventId),
                        JobType.AI_RECOMMENDATION,
                        JobStatus.FAILED,
                        30,
                        1,
                        null,
                        "LLM quota exceeded"),
                "ai-service",
                jdbc);

        Messages.deliver(
                AiRecommendationCompleted.of(
                        UUID.fromString(jobId), UUID.fromString(eventId), "BUILT_IN", PlanMother.threePlans(today())),
                "ai-service",
                jdbc);

        assertThat(api.get(plansPath(), owner.token()).json()).isEmpty();
        Response job = api.get("/api/v1/jobs/" + jobId, owner.token());
        assertThat(job.text("status")).isEqualTo("FAILED");
        assertThat(job.text("errorMessage")).isEqualTo("LLM quota exceeded");
    }

    @Test
    void choosingAPlanFillsTheEventWithItsNamePeriodAndChannels() {
        String jobId = wizard.requestPlans(owner, eventId);
        List<String> plans = wizard.answerPlans(owner, eventId, jobId);
        String high = plans.get(2);

        Response selected = api.put(plansPath() + "/" + high + "/select", null, owner.token());

        assertThat(selected.status()).as(selected.toString()).isEqualTo(200);
        assertThat(selected.text("eventName")).isEqualTo("우리동네 경품 추첨");
        assertThat(selected.text("description")).isEqualTo("우리동네 경품 추첨 — 방문 고객 누구나 참여");
        assertThat(selected.text("startDate")).isEqualTo(today().plusDays(1).toString());
        assertThat(selected.text("endDate")).isEqualTo(today().plusDays(14).toString());
        assertThat(selected.texts("channels")).containsExactly("URIDONGNE_TV", "RINGO_BIZ", "SMS");
        assertThat(selected.text("selectedRecommendationId")).isEqualTo(high);
        assertThat(selectedPlans()).containsExactly(high);
        assertThat(api.get(plansPath(), owner.token())
                        .json()
                        .get(2)
                        .path("isSelected")
                        .asBoolean())
                .isTrue();

        Response other = api.put(plansPath() + "/" + plans.getFirst() + "/select", null, owner.token());
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.text("eventName")).isEqualTo("봄맞이 스탬프 이벤트");
        assertThat(selectedPlans()).containsExactly(plans.getFirst());

        Response unknown = api.put(plansPath() + "/" + UUID.randomUUID() + "/select", null, owner.token());
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void theDatabaseHoldsAtMostOneSelectedPlanPerEvent() {
        List<String> plans = wizard.answerPlans(owner, eventId, wizard.requestPlans(owner, eventId));
        jdbc.update("UPDATE ai_recommendations SET is_selected = true WHERE recommendation_id = ?::uuid", plans.get(0));

        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE ai_recommendations SET is_selected = true WHERE recommendation_id = ?::uuid",
                        plans.get(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void concurrentChoicesLeaveExactlyOneSelectedPlan() throws Exception {
        List<String> plans = wizard.answerPlans(owner, eventId, wizard.requestPlans(owner, eventId));

        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int round = 0; round < 5; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> choices = new ArrayList<>();
                for (String plan : plans) {
                    choices.add(clients.submit(() -> {
                        start.await();
                        return api.put(plansPath() + "/" + plan + "/select", null, owner.token());
                    }));
                }
                start.countDown();
                for (Future<Response> choice : choices) {
                    assertThat(choice.get().status())
                            .as(choice.get().toString())
                            .isEqualTo(200);
                }
                List<String> selected = selectedPlans();
                assertThat(selected).hasSize(1);
                assertThat(jdbc.queryForObject(
                                "SELECT selected_recommendation_id::text FROM events WHERE event_id = ?::uuid",
                                String.class,
                                eventId))
                        .isEqualTo(selected.getFirst());
            }
        }
    }

    @Test
    void askingAgainReplacesTheOfferedPlansButKeepsTheChosenOne() {
        List<String> first = wizard.answerPlans(owner, eventId, wizard.requestPlans(owner, eventId));
        String chosen = first.get(1); // MEDIUM
        api.put(plansPath() + "/" + chosen + "/select", null, owner.token());

        String again = wizard.requestPlans(owner, eventId);
        List<String> second = wizard.answerPlans(owner, eventId, again);

        assertThat(second).hasSize(3).contains(chosen);
        assertThat(second).doesNotContain(first.get(0), first.get(2));
        JsonNode plans = api.get(plansPath(), owner.token()).json();
        assertThat(plans.get(1).path("recommendationId").asString()).isEqualTo(chosen);
        assertThat(plans.get(1).path("isSelected").asBoolean()).isTrue();
        assertThat(plans.get(0).path("jobId").asString()).isEqualTo(again);
    }

    @Test
    void publishingCarriesTheChosenPlanAsTheOwnerEditedIt() {
        List<String> plans = wizard.answerPlans(owner, eventId, wizard.requestPlans(owner, eventId));
        api.put(plansPath() + "/" + plans.get(0) + "/select", null, owner.token());
        wizard.write(owner, eventId, "사장님이 고친 이름", today().plusDays(2), today().plusDays(9));
        String imageId = wizard.deliverImages(
                        eventId, UUID.randomUUID().toString(), List.of(ImageStyle.FANCY), List.of(ImagePlatform.POSTER))
                .getFirst()
                .toString();
        api.put("/api/v1/events/" + eventId + "/images/" + imageId + "/select", null, owner.token());

        Response published = api.post("/api/v1/events/" + eventId + "/publish", null, owner.token());

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        JsonNode plan = Messages.await(EventPublished.TOPIC, eventId)
                .getFirst()
                .payload()
                .path("plan");
        assertThat(plan.path("budgetLevel").asString()).isEqualTo(BudgetLevel.LOW.name());
        assertThat(plan.path("promotionType").asString()).isEqualTo(PromotionType.STAMP.name());
        assertThat(plan.path("eventName").asString()).isEqualTo("사장님이 고친 이름");
        assertThat(plan.path("startDate").asString())
                .isEqualTo(today().plusDays(2).toString());
        assertThat(plan.path("endDate").asString())
                .isEqualTo(today().plusDays(9).toString());
        assertThat(plan.path("prize").asString()).isEqualTo("아메리카노 1잔");
        assertThat(plan.path("expectedCost").asLong()).isEqualTo(300_000);
        assertThat(plan.path("recommendedChannels").toString()).isEqualTo("[\"" + Channel.INSTAGRAM + "\"]");
    }

    private String plansPath() {
        return "/api/v1/events/" + eventId + "/ai-recommendations";
    }

    private List<String> planIds() {
        List<String> ids = new ArrayList<>();
        api.get(plansPath(), owner.token())
                .json()
                .forEach(plan -> ids.add(plan.path("recommendationId").asString()));
        return ids;
    }

    private List<String> selectedPlans() {
        return jdbc.queryForList(
                "SELECT recommendation_id::text FROM ai_recommendations WHERE event_id = ?::uuid AND is_selected",
                String.class,
                eventId);
    }

    private void awaitAnswered(String jobId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM jobs WHERE job_id = ?::uuid AND result_key IS NOT NULL",
                                Integer.class,
                                jobId)
                        == 1);
    }
}
