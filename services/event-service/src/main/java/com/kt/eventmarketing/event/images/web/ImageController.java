package com.kt.eventmarketing.event.images.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.event.images.PromotionalImages;
import com.kt.eventmarketing.event.images.domain.Image;
import com.kt.eventmarketing.event.images.domain.ImageOrder;
import com.kt.eventmarketing.event.jobs.web.JobAccepted;
import com.kt.eventmarketing.event.lifecycle.web.EventResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** §6 Event: promotional images of an event. */
@RestController
@RequestMapping("/api/v1/events/{eventId}/images")
class ImageController {

    private final PromotionalImages images;

    ImageController(PromotionalImages images) {
        this.images = images;
    }

    /** 202: the images are being rendered; follow the job. The body may be left out (all styles × platforms). */
    @PostMapping
    ResponseEntity<JobAccepted> request(
            CurrentOwner owner,
            @PathVariable UUID eventId,
            @Valid @RequestBody(required = false) ImagesRequest request) {
        ImagesRequest order = request == null ? new ImagesRequest(null, null) : request;
        return JobAccepted.of(images.request(owner, eventId, ImageOrder.of(order.styles(), order.platforms())));
    }

    @GetMapping
    List<ImageResponse> list(CurrentOwner owner, @PathVariable UUID eventId) {
        return images.list(owner, eventId).stream().map(ImageResponse::of).toList();
    }

    @PutMapping("/{imageId}/select")
    EventResponse select(CurrentOwner owner, @PathVariable UUID eventId, @PathVariable UUID imageId) {
        return EventResponse.of(images.select(owner, eventId, imageId));
    }

    record ImagesRequest(
            @Size(max = 10) List<@NotNull(message = "must be one of SIMPLE, FANCY, TRENDY") ImageStyle> styles,

            @Size(max = 10)
            List<@NotNull(message = "must be one of INSTAGRAM, KAKAO_CHANNEL, NAVER_BLOG, POSTER") ImagePlatform>
                    platforms) {}

    record ImageResponse(
            UUID imageId,
            UUID eventId,
            String imageUrl,
            ImageStyle style,
            ImagePlatform platform,
            @JsonProperty("isSelected") boolean isSelected,
            UUID jobId,
            Instant createdAt) {

        static ImageResponse of(Image image) {
            return new ImageResponse(
                    image.imageId(),
                    image.eventId(),
                    image.imageUrl(),
                    image.style(),
                    image.platform(),
                    image.selected(),
                    image.jobId(),
                    image.createdAt());
        }
    }
}
