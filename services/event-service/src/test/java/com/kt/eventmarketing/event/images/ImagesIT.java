package com.kt.eventmarketing.event.images;

import static com.kt.eventmarketing.event.Wizard.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kt.eventmarketing.contracts.content.GeneratedImage;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
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
import com.kt.eventmarketing.event.Wizard;
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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@EventServiceTest
class ImagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
    void asksForEveryStyleOnEveryPlatformUnlessToldOtherwise() {
        wizard.write(owner, eventId, "봄맞이 아메리카노 이벤트", today().plusDays(1), today().plusDays(7));

        Response accepted = api.post(imagesPath(), null, owner.token());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.text("jobType")).isEqualTo("IMAGE_GENERATION");
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/jobs/" + accepted.text("jobId"));
        List<Received> requests = Messages.await(ImageGenerationRequested.TOPIC, eventId);
        assertThat(requests).hasSize(1);
        JsonNode request = requests.getFirst().payload();
        assertThat(request.path("jobId").asString()).isEqualTo(accepted.text("jobId"));
        assertThat(request.path("eventName").asString()).isEqualTo("봄맞이 아메리카노 이벤트");
        assertThat(request.path("benefit").asString()).isEqualTo("봄 신메뉴를 알리는 이벤트");
        assertThat(request.path("startDate").asString())
                .isEqualTo(today().plusDays(1).toString());
        assertThat(request.path("store").path("storeName").asString()).isEqualTo("카페 봄");
        assertThat(request.path("styles").toString()).isEqualTo("[\"SIMPLE\",\"FANCY\",\"TRENDY\"]");
        assertThat(request.path("platforms").toString())
                .isEqualTo("[\"INSTAGRAM\",\"KAKAO_CHANNEL\",\"NAVER_BLOG\",\"POSTER\"]");
    }

    @Test
    void asksForTheChosenStylesAndPlatformsOnlyAndJoinsTheSameOrderWhileItRuns() {
        wizard.write(owner, eventId, "가을 이벤트", null, null);
        Map<String, Object> order = Map.of("styles", List.of("TRENDY"), "platforms", List.of("POSTER", "INSTAGRAM"));

        Response first = api.post(imagesPath(), order, owner.token());
        Response same = api.post(
                imagesPath(),
                Map.of("styles", List.of("TRENDY", "TRENDY"), "platforms", List.of("INSTAGRAM", "POSTER")),
                owner.token());
        Response different = api.post(imagesPath(), Map.of("styles", List.of("SIMPLE")), owner.token());

        assertThat(first.status()).isEqualTo(202);
        assertThat(same.status()).isEqualTo(202);
        assertThat(same.text("jobId")).isEqualTo(first.text("jobId"));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.text("code")).isEqualTo("job-in-progress");
        assertThat(different.text("jobId")).isEqualTo(first.text("jobId"));
        JsonNode request = Messages.await(ImageGenerationRequested.TOPIC, eventId)
                .getFirst()
                .payload();
        assertThat(request.path("styles").toString()).isEqualTo("[\"TRENDY\"]");
        assertThat(request.path("platforms").toString()).isEqualTo("[\"POSTER\",\"INSTAGRAM\"]");
    }

    @Test
    void rejectsUnknownOrEmptyStylesAndPlatformsNamingTheField() {
        wizard.write(owner, eventId, "이벤트", null, null);

        Response unknown = api.post(imagesPath(), Map.of("styles", List.of("BAROQUE")), owner.token());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("styles[0]");
        assertThat(unknown.raw().body()).contains("SIMPLE");

        Response platform = api.post(imagesPath(), Map.of("platforms", List.of("INSTAGRAM", "FAX")), owner.token());
        assertThat(platform.status()).isEqualTo(400);
        assertThat(platform.errorFields()).containsExactly("platforms[1]");

        Response empty = api.post(imagesPath(), Map.of("styles", List.of()), owner.token());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactly("styles");
    }

    @Test
    void needsTheEventsNameSinceEveryImageCarriesIt() {
        Response refused = api.post(imagesPath(), null, owner.token());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("event-incomplete");
        assertThat(refused.texts("missing")).containsExactly("eventName");
    }

    @Test
    void storesEachRenderedImageOnceAndCompletesTheJob() {
        wizard.write(owner, eventId, "이벤트", null, null);
        String jobId = api.post(imagesPath(), null, owner.token()).text("jobId");
        List<GeneratedImage> rendered = List.of(
                image(ImageStyle.SIMPLE, ImagePlatform.INSTAGRAM), image(ImageStyle.FANCY, ImagePlatform.POSTER));
        ImagesGenerated delivery = ImagesGenerated.of(UUID.fromString(jobId), UUID.fromString(eventId), rendered);

        Messages.send(delivery, "content-service");
        Messages.send(delivery, "content-service"); // redelivered
        // delivered again as a new message (the content service's own retry)
        Messages.deliver(
                ImagesGenerated.of(UUID.fromString(jobId), UUID.fromString(eventId), rendered),
                "content-service",
                jdbc);

        Response images = api.get(imagesPath(), owner.token());
        assertThat(images.status()).isEqualTo(200);
        assertThat(images.json()).hasSize(2);
        JsonNode first = images.json().get(0);
        assertThat(first.path("imageUrl").asString()).startsWith("/api/v1/content/images/");
        assertThat(first.path("isSelected").asBoolean()).isFalse();
        assertThat(first.path("jobId").asString()).isEqualTo(jobId);
        Response job = api.get("/api/v1/jobs/" + jobId, owner.token());
        assertThat(job.text("status")).isEqualTo("COMPLETED");
        assertThat(job.json().path("progress").asInt()).isEqualTo(100);
    }

    @Test
    void keepsTheImageOfAnEditStartedAtTheContentServiceAndRecordsItsJob() {
        UUID editJob = UUID.randomUUID();
        Messages.deliver(
                JobProgressed.of(
                        editJob,
                        UUID.fromString(eventId),
                        JobType.IMAGE_GENERATION,
                        JobStatus.PROCESSING,
                        40,
                        1,
                        "텍스트를 다시 그리는 중",
                        null),
                "content-service",
                jdbc);
        Response running = api.get("/api/v1/jobs/" + editJob, owner.token());
        assertThat(running.status()).as(running.toString()).isEqualTo(200);
        assertThat(running.text("status")).isEqualTo("PROCESSING");
        assertThat(running.text("message")).isEqualTo("텍스트를 다시 그리는 중");

        Messages.deliver(
                ImagesGenerated.of(
                        editJob,
                        UUID.fromString(eventId),
                        List.of(image(ImageStyle.TRENDY, ImagePlatform.KAKAO_CHANNEL))),
                "content-service",
                jdbc);

        assertThat(api.get(imagesPath(), owner.token()).json()).hasSize(1);
        assertThat(api.get("/api/v1/jobs/" + editJob, owner.token()).text("status"))
                .isEqualTo("COMPLETED");
        Response retry = api.post("/api/v1/jobs/" + editJob + "/retry", null, owner.token());
        assertThat(retry.status()).isEqualTo(409);
    }

    @Test
    void choosingAnImageKeepsItsIdAndUrlOnTheEvent() {
        List<UUID> images = wizard.deliverImages(
                eventId,
                UUID.randomUUID().toString(),
                List.of(ImageStyle.SIMPLE, ImageStyle.FANCY),
                List.of(ImagePlatform.INSTAGRAM));

        Response selected = api.put(imagesPath() + "/" + images.get(1) + "/select", null, owner.token());

        assertThat(selected.status()).as(selected.toString()).isEqualTo(200);
        assertThat(selected.text("selectedImageId")).isEqualTo(images.get(1).toString());
        assertThat(selected.text("selectedImageUrl")).isEqualTo("/api/v1/content/images/" + images.get(1));
        assertThat(selectedImages()).containsExactly(images.get(1).toString());

        Response other = api.put(imagesPath() + "/" + images.get(0) + "/select", null, owner.token());
        assertThat(other.text("selectedImageId")).isEqualTo(images.get(0).toString());
        assertThat(selectedImages()).containsExactly(images.get(0).toString());
        assertThat(api.put(imagesPath() + "/" + UUID.randomUUID() + "/select", null, owner.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDatabaseHoldsAtMostOneSelectedImagePerEvent() {
        List<UUID> images = wizard.deliverImages(
                eventId,
                UUID.randomUUID().toString(),
                List.of(ImageStyle.SIMPLE),
                List.of(ImagePlatform.INSTAGRAM, ImagePlatform.POSTER));
        jdbc.update("UPDATE generated_images SET is_selected = true WHERE image_id = ?", images.get(0));

        assertThatThrownBy(() ->
                        jdbc.update("UPDATE generated_images SET is_selected = true WHERE image_id = ?", images.get(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void concurrentChoicesLeaveExactlyOneSelectedImage() throws Exception {
        List<UUID> images = wizard.deliverImages(
                eventId, UUID.randomUUID().toString(), List.of(ImageStyle.values()), List.of(ImagePlatform.INSTAGRAM));

        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            for (int round = 0; round < 5; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> choices = new ArrayList<>();
                for (UUID image : images) {
                    choices.add(clients.submit(() -> {
                        start.await();
                        return api.put(imagesPath() + "/" + image + "/select", null, owner.token());
                    }));
                }
                start.countDown();
                for (Future<Response> choice : choices) {
                    assertThat(choice.get().status())
                            .as(choice.get().toString())
                            .isEqualTo(200);
                }
                List<String> selected = selectedImages();
                assertThat(selected).hasSize(1);
                assertThat(jdbc.queryForObject(
                                "SELECT selected_image_id::text FROM events WHERE event_id = ?::uuid",
                                String.class,
                                eventId))
                        .isEqualTo(selected.getFirst());
            }
        }
    }

    private String imagesPath() {
        return "/api/v1/events/" + eventId + "/images";
    }

    private List<String> selectedImages() {
        return jdbc.queryForList(
                "SELECT image_id::text FROM generated_images WHERE event_id = ?::uuid AND is_selected",
                String.class,
                eventId);
    }

    private static GeneratedImage image(ImageStyle style, ImagePlatform platform) {
        UUID id = UUID.randomUUID();
        return new GeneratedImage(id, "/api/v1/content/images/" + id, style, platform);
    }
}
