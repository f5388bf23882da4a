package com.kt.eventmarketing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.testing.TestTokens;
import com.kt.eventmarketing.content.images.Images;
import com.kt.eventmarketing.content.images.StoredImage;
import com.kt.eventmarketing.content.jobs.ImageJobs;
import com.kt.eventmarketing.content.rendering.PosterRendererTestSupport;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An owner edits an image: a new image is rendered, the old one kept; only the owner's store may. */
@ContentServiceTest
class ImageEditIT {

    @LocalServerPort
    int port;

    @Autowired
    ImageJobs jobs;

    @Autowired
    Images images;

    Api api;
    StoredImage original;
    String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        ImageGenerationRequested request = ImageGenerationIT.request(
                UUID.randomUUID(), List.of(ImageStyle.SIMPLE), List.of(ImagePlatform.INSTAGRAM));
        jobs.on(request);
        original = await().atMost(Duration.ofSeconds(60))
                .until(() -> images.ofJob(request.jobId()), list -> list.size() == 1)
                .getFirst();
        token = TestTokens.shared().issue(original.userId(), original.storeId());
    }

    @Test
    void reRendersTheEditAsANewImageAndKeepsTheOld() throws Exception {
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("eventName", "여름 한정 빙수 이벤트");
        edit.put("accentColor", "#0B7A75");
        edit.put("textAlign", "CENTER");
        edit.put("qrPosition", "LEFT");

        Api.Response accepted = api.post(editPath(original.imageId()), edit, token);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        UUID jobId = UUID.fromString(accepted.text("jobId"));
        UUID newImageId = UUID.fromString(accepted.text("imageId"));
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/content/images/" + newImageId);
        StoredImage edited = await().atMost(Duration.ofSeconds(60))
                .until(() -> images.find(newImageId), found -> found.isPresent())
                .orElseThrow();
        assertThat(edited.parentImageId()).isEqualTo(original.imageId());
        assertThat(edited.jobId()).isEqualTo(jobId);
        assertThat(edited.design().texts().eventName()).isEqualTo("여름 한정 빙수 이벤트");
        assertThat(edited.design().texts().benefit())
                .isEqualTo(original.design().texts().benefit());
        assertThat(edited.design().palette().accent().toHex()).isEqualTo("#0B7A75");
        assertThat(edited.design().layout().qrPosition().name()).isEqualTo("LEFT");
        assertThat(edited.png().sha256()).isNotEqualTo(original.png().sha256());

        Api.Response served = api.get(accepted.header("Location"), Map.of());
        assertThat(served.status()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.bytes()));
        assertThat(PosterRendererTestSupport.decodeQr(image))
                .isEqualTo(original.design().participationUrl());
        assertThat(api.get(original.url(), Map.of()).status())
                .as("the old image is kept")
                .isEqualTo(200);

        String eventKey = original.eventId().toString();
        List<JsonNode> progress = Messages.read(
                JobProgressed.TOPIC,
                eventKey,
                found -> found.stream()
                        .anyMatch(p -> p.path("jobId").asString().equals(jobId.toString())
                                && p.path("status").asString().equals("COMPLETED")),
                Duration.ofSeconds(30),
                Duration.ZERO);
        List<JsonNode> ofEdit = progress.stream()
                .filter(p -> p.path("jobId").asString().equals(jobId.toString()))
                .toList();
        assertThat(ofEdit).extracting(p -> p.path("step").asInt()).containsExactly(1, 2, 3);
        assertThat(ofEdit.getFirst().path("jobType").asString()).isEqualTo("IMAGE_GENERATION");
        List<JsonNode> generated = Messages.read(
                ImagesGenerated.TOPIC,
                eventKey,
                found -> found.stream().anyMatch(g -> g.path("jobId").asString().equals(jobId.toString())),
                Duration.ofSeconds(30),
                Duration.ZERO);
        JsonNode announcement = generated.stream()
                .filter(g -> g.path("jobId").asString().equals(jobId.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(announcement.path("images")).hasSize(1);
        assertThat(announcement.path("images").get(0).path("imageId").asString())
                .isEqualTo(newImageId.toString());
    }

    @Test
    void movesAnImageToThePrintPosterWithItsOwnChannel() throws Exception {
        Api.Response accepted = api.post(editPath(original.imageId()), Map.of("platform", "POSTER"), token);

        assertThat(accepted.status()).isEqualTo(202);
        UUID newImageId = UUID.fromString(accepted.text("imageId"));
        StoredImage poster = await().atMost(Duration.ofSeconds(60))
                .until(() -> images.find(newImageId), found -> found.isPresent())
                .orElseThrow();
        assertThat(poster.platform()).isEqualTo(ImagePlatform.POSTER);
        assertThat(poster.width()).isEqualTo(2480);
        assertThat(poster.pdf()).isNotNull();
        assertThat(poster.design().participationUrl()).endsWith("?ch=STORE");
    }

    @Test
    void anotherStoresImageIsNotFound() {
        String stranger = TestTokens.shared().issue(UUID.randomUUID(), UUID.randomUUID());

        Api.Response response = api.post(editPath(original.imageId()), Map.of("eventName", "남의 이미지"), stranger);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.post(editPath(UUID.randomUUID()), Map.of("eventName", "없는 이미지"), token)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void editingNeedsAValidToken() {
        assertThat(api.post(editPath(original.imageId()), Map.of("eventName", "x"), null)
                        .status())
                .isEqualTo(401);
        String expired = TestTokens.shared().expired(original.userId(), original.storeId());
        assertThat(api.post(editPath(original.imageId()), Map.of("eventName", "x"), expired)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void namesEveryBadFieldOfAnEdit() {
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("eventName", "");
        edit.put("benefit", "혜택".repeat(31));
        edit.put("backgroundColor", "blue");

        Api.Response response = api.post(editPath(original.imageId()), edit, token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactly("eventName", "benefit", "backgroundColor");
    }

    @Test
    void rejectsUnknownStylesPlatformsAndLayoutValues() {
        assertThat(fields(api.post(editPath(original.imageId()), Map.of("style", "NEON"), token)))
                .containsExactly("style");
        assertThat(fields(api.post(editPath(original.imageId()), Map.of("platform", "TIKTOK"), token)))
                .containsExactly("platform");
        assertThat(fields(api.post(editPath(original.imageId()), Map.of("qrPosition", "TOP"), token)))
                .containsExactly("qrPosition");
        assertThat(fields(api.post(editPath(original.imageId()), Map.of("fontSize", 30), token)))
                .containsExactly("fontSize");
    }

    @Test
    void rejectsAnUnreadableTextColourAndAnEmptyEdit() {
        Api.Response unreadable = api.post(editPath(original.imageId()), Map.of("textColor", "#F0F0F0"), token);
        assertThat(fields(unreadable)).containsExactly("textColor");
        assertThat(unreadable.json().path("errors").get(0).path("message").asString())
                .contains("4.5:1");

        assertThat(fields(api.post(editPath(original.imageId()), Map.of(), token)))
                .containsExactly("edit");
    }

    private static String editPath(UUID imageId) {
        return "/api/v1/content/images/" + imageId + "/edit";
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json()
                .path("errors")
                .forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
