package com.kt.eventmarketing.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.content.design.DesignDocument;
import com.kt.eventmarketing.content.images.Images;
import com.kt.eventmarketing.content.rendering.PosterRendererTestSupport;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.contracts.event.ImageGenerationRequested;
import com.kt.eventmarketing.contracts.job.JobProgressed;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The event service's request in, progress and images out, on the real broker; images served publicly. */
@ContentServiceTest
class ImageGenerationIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    Images images;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    static ImageGenerationRequested request(UUID eventId, List<ImageStyle> styles, List<ImagePlatform> platforms) {
        return ImageGenerationRequested.of(
                UUID.randomUUID(),
                eventId,
                UUID.randomUUID(),
                new StoreSnapshot(UUID.randomUUID(), "카페 봄 망원점", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8000),
                "봄맞이 신메뉴 출시 기념 경품 추첨",
                "추첨 10명 아메리카노 1+1 쿠폰",
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31),
                styles,
                platforms);
    }

    @Test
    void rendersTheFullSetReportingProgressAndServesEveryImage() throws Exception {
        UUID eventId = UUID.randomUUID();
        ImageGenerationRequested request = request(eventId, null, null);

        Messages.send(request);

        List<JsonNode> progress = Messages.read(
                JobProgressed.TOPIC, eventId.toString(), ImageGenerationIT::completed, WITHIN, Duration.ZERO);
        assertThat(progress).extracting(p -> p.path("step").asInt()).containsExactly(range(1, 14));
        assertThat(progress).allSatisfy(p -> {
            assertThat(p.path("jobId").asString()).isEqualTo(request.jobId().toString());
            assertThat(p.path("jobType").asString()).isEqualTo("IMAGE_GENERATION");
        });
        assertThat(progress.get(3).path("message").asString()).isEqualTo("이미지 3/12 생성 완료");
        assertThat(progress.get(3).path("status").asString()).isEqualTo("PROCESSING");
        assertThat(progress).extracting(p -> p.path("progress").asInt()).isSorted();
        JsonNode last = progress.getLast();
        assertThat(last.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(last.path("progress").asInt()).isEqualTo(100);

        List<JsonNode> generated = Messages.read(
                ImagesGenerated.TOPIC, eventId.toString(), found -> !found.isEmpty(), WITHIN, Duration.ZERO);
        assertThat(generated).hasSize(1);
        JsonNode announced = generated.getFirst().path("images");
        assertThat(announced).hasSize(12);
        Set<String> combinations = new HashSet<>();
        for (JsonNode image : announced) {
            combinations.add(image.path("style").asString() + "/"
                    + image.path("platform").asString());
            String url = image.path("imageUrl").asString();
            assertThat(url)
                    .isEqualTo("/api/v1/content/images/" + image.path("imageId").asString());
            assertServed(
                    url, eventId, ImagePlatform.valueOf(image.path("platform").asString()));
        }
        assertThat(combinations).hasSize(12);
    }

    private void assertServed(String url, UUID eventId, ImagePlatform platform) throws Exception {
        Api.Response response = api.get(url, Map.of());
        assertThat(response.status()).as(url).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("image/png");
        assertThat(response.header("Cache-Control"))
                .contains("public")
                .contains("immutable")
                .contains("max-age=31536000");
        String etag = response.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.bytes()));
        assertThat(image.getWidth()).isEqualTo(platform.width());
        assertThat(image.getHeight()).isEqualTo(platform.height());
        String channel = platform == ImagePlatform.POSTER ? "STORE" : platform.name();
        assertThat(PosterRendererTestSupport.decodeQr(image))
                .isEqualTo("https://event.example.kr/e/" + eventId + "?ch=" + channel);

        Api.Response again = api.get(url, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();

        Api.Response pdf = api.get(url + ".pdf", Map.of());
        if (platform == ImagePlatform.POSTER) {
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
            assertThat(api.get(url + "?format=pdf", Map.of()).bytes()).isEqualTo(pdf.bytes());
        } else {
            assertThat(pdf.status()).isEqualTo(404);
            assertThat(pdf.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aRepeatedRequestRendersNoSecondSet() {
        UUID eventId = UUID.randomUUID();
        ImageGenerationRequested request =
                request(eventId, List.of(ImageStyle.TRENDY), List.of(ImagePlatform.KAKAO_CHANNEL));
        ImageGenerationRequested sameJobAgain = ImageGenerationRequested.of(
                request.jobId(),
                eventId,
                request.userId(),
                request.store(),
                request.eventName(),
                request.benefit(),
                request.startDate(),
                request.endDate(),
                request.styles(),
                request.platforms());

        Messages.send(request);
        Messages.send(request);
        Messages.send(sameJobAgain);

        List<JsonNode> generated = Messages.read(
                ImagesGenerated.TOPIC, eventId.toString(), found -> !found.isEmpty(), WITHIN, Duration.ofSeconds(4));
        assertThat(generated).hasSize(1);
        assertThat(generated.getFirst().path("images")).hasSize(1);
        assertThat(images.ofEvent(eventId)).hasSize(1);
        List<JsonNode> progress = Messages.read(
                JobProgressed.TOPIC, eventId.toString(), ImageGenerationIT::completed, WITHIN, Duration.ZERO);
        assertThat(progress).extracting(p -> p.path("step").asInt()).containsExactly(1, 2, 3);
    }

    @Test
    void aRequestThatCannotBeRenderedFailsTheJobSayingWhy() {
        UUID eventId = UUID.randomUUID();
        ImageGenerationRequested base = request(eventId, null, null);
        ImageGenerationRequested nameless = ImageGenerationRequested.of(
                base.jobId(), eventId, base.userId(), base.store(), " ", null, null, null, null, null);

        Messages.send(nameless);

        List<JsonNode> progress = Messages.read(
                JobProgressed.TOPIC,
                eventId.toString(),
                found ->
                        found.stream().anyMatch(p -> p.path("status").asString().equals("FAILED")),
                WITHIN,
                Duration.ZERO);
        JsonNode failed = progress.getLast();
        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("errorMessage").asString()).contains("이벤트 이름");
    }

    @Test
    void resumesAJobLeftUnfinishedByAStoppedRunnerWithoutRedoingItsImages() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID jobId = UUID.randomUUID();
        var designs = List.of(
                DesignDocument.of(DesignMother.design(
                        "PET", DesignMother.cafeTexts(), ImageStyle.SIMPLE, ImagePlatform.KAKAO_CHANNEL)),
                DesignDocument.of(DesignMother.design(
                        "PET", DesignMother.cafeTexts(), ImageStyle.FANCY, ImagePlatform.KAKAO_CHANNEL)));
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        // a runner claimed the job, reported its start and then stopped without a trace (lease run out)
        jdbc.update(
                """
                INSERT INTO render_jobs (job_id, event_id, user_id, store_id, kind, designs, status, total, step,
                                         attempts, lease_until, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'GENERATION', CAST(? AS jsonb), 'PROCESSING', 2, 1, 1, ?, ?, ?)""",
                jobId,
                eventId,
                UUID.randomUUID(),
                UUID.randomUUID(),
                json.writeValueAsString(designs),
                past,
                past,
                past);

        List<JsonNode> generated = Messages.read(
                ImagesGenerated.TOPIC, eventId.toString(), found -> !found.isEmpty(), WITHIN, Duration.ZERO);

        assertThat(generated.getFirst().path("images")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT status FROM render_jobs WHERE job_id = ?", String.class, jobId))
                .isEqualTo("COMPLETED");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(images.ofJob(jobId)).hasSize(2));
    }

    @Test
    void answersUnknownImagesWithAProblem() {
        Api.Response missing = api.get("/api/v1/content/images/" + UUID.randomUUID(), Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.text("code")).isEqualTo("not-found");

        Api.Response format = api.get("/api/v1/content/images/" + UUID.randomUUID() + "?format=gif", Map.of());
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().path("errors").get(0).path("field").asString()).isEqualTo("format");
    }

    static boolean completed(List<JsonNode> progress) {
        return progress.stream().anyMatch(p -> p.path("status").asString().equals("COMPLETED"));
    }

    private static Integer[] range(int from, int to) {
        Integer[] values = new Integer[to - from + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i;
        }
        return values;
    }
}
