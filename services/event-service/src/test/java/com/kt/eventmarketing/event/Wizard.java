package com.kt.eventmarketing.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.ai.AiRecommendationCompleted;
import com.kt.eventmarketing.contracts.content.GeneratedImage;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.contracts.content.ImagesGenerated;
import com.kt.eventmarketing.event.Api.Response;
import com.kt.eventmarketing.event.Owners.Owner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The owner's way through the event wizard, and the answers of the AI and content services, for tests. */
public final class Wizard {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Api api;
    private final JdbcTemplate jdbc;

    public Wizard(Api api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    public static LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    public String createDraft(Owner owner) {
        Response created = api.post("/api/v1/events", Map.of("objective", "NEW_CUSTOMERS"), owner.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("eventId");
    }

    public Response write(Owner owner, String eventId, String name, LocalDate start, LocalDate end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventName", name);
        body.put("description", "봄 신메뉴를 알리는 이벤트");
        body.put("objective", "NEW_CUSTOMERS");
        body.put("startDate", start == null ? null : start.toString());
        body.put("endDate", end == null ? null : end.toString());
        Response edited = api.put("/api/v1/events/" + eventId, body, owner.token());
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        return edited;
    }

    public String requestPlans(Owner owner, String eventId) {
        Response accepted = api.post("/api/v1/events/" + eventId + "/ai-recommendations", null, owner.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return accepted.text("jobId");
    }

    /** The AI service answers the job with three plans; returns once they are stored. */
    public List<String> answerPlans(Owner owner, String eventId, String jobId) {
        Messages.deliver(
                AiRecommendationCompleted.of(
                        UUID.fromString(jobId),
                        UUID.fromString(eventId),
                        "BUILT_IN",
                        PlanMother.threePlans(today().plusDays(1))),
                "ai-service",
                jdbc);
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/events/" + eventId + "/ai-recommendations", owner.token())
                .json()
                .forEach(plan -> ids.add(plan.path("recommendationId").asString()));
        return ids;
    }

    /** The content service delivers images for the job (one per style × platform given); returns their ids. */
    public List<UUID> deliverImages(
            String eventId, String jobId, List<ImageStyle> styles, List<ImagePlatform> platforms) {
        List<GeneratedImage> images = new ArrayList<>();
        for (ImageStyle style : styles) {
            for (ImagePlatform platform : platforms) {
                UUID imageId = UUID.randomUUID();
                images.add(new GeneratedImage(imageId, "/api/v1/content/images/" + imageId, style, platform));
            }
        }
        Messages.deliver(
                ImagesGenerated.of(UUID.fromString(jobId), UUID.fromString(eventId), images), "content-service", jdbc);
        return images.stream().map(GeneratedImage::imageId).toList();
    }

    /** A draft with name, period (from tomorrow), a selected image and channels: ready to publish. */
    public String completeDraft(Owner owner) {
        String eventId = createDraft(owner);
        write(owner, eventId, "봄맞이 아메리카노 이벤트", today().plusDays(1), today().plusDays(14));
        String imageId = deliverImages(
                        eventId,
                        UUID.randomUUID().toString(),
                        List.of(ImageStyle.SIMPLE),
                        List.of(ImagePlatform.INSTAGRAM))
                .getFirst()
                .toString();
        Response selected =
                api.put("/api/v1/events/" + eventId + "/images/" + imageId + "/select", null, owner.token());
        assertThat(selected.status()).as(selected.toString()).isEqualTo(200);
        Response channels = api.put(
                "/api/v1/events/" + eventId + "/channels",
                Map.of("channels", List.of("INSTAGRAM", "SMS")),
                owner.token());
        assertThat(channels.status()).as(channels.toString()).isEqualTo(200);
        return eventId;
    }

    public String publishedEvent(Owner owner) {
        String eventId = completeDraft(owner);
        Response published = api.post("/api/v1/events/" + eventId + "/publish", null, owner.token());
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return eventId;
    }
}
