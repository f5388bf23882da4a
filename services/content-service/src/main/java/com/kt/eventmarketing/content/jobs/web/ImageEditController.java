package com.kt.eventmarketing.content.jobs.web;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.content.design.domain.DesignEdit;
import com.kt.eventmarketing.content.design.domain.QrPosition;
import com.kt.eventmarketing.content.design.domain.TextAlign;
import com.kt.eventmarketing.content.jobs.ImageJobs;
import com.kt.eventmarketing.content.jobs.ImageJobs.EditAccepted;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * §6 Content: an owner edits the texts, colours or layout of an image (or moves it to another style
 * or platform). The new image is rendered asynchronously; the answer names the job reporting its
 * progress and the id and address the new image will have.
 */
@RestController
@RequestMapping("/api/v1/content/images")
class ImageEditController {

    private final ImageJobs jobs;

    ImageEditController(ImageJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/{imageId}/edit")
    ResponseEntity<EditAccepted> edit(
            CurrentOwner owner, @PathVariable UUID imageId, @RequestBody EditRequest request) {
        EditAccepted accepted = jobs.edit(owner.userId(), owner.storeId(), imageId, request.toEdit());
        return ResponseEntity.accepted()
                .location(URI.create(accepted.imageUrl()))
                .body(accepted);
    }

    /**
     * Every field optional; a field left out keeps its value. Texts are checked against their limits
     * (empty or too long → 400 naming the field), colours are {@code #RRGGBB} and must keep the text
     * readable (WCAG AA).
     */
    record EditRequest(
            String eventName,
            String benefit,
            String period,
            String storeName,
            String callToAction,
            String backgroundColor,
            String textColor,
            String accentColor,
            TextAlign textAlign,
            QrPosition qrPosition,
            ImageStyle style,
            ImagePlatform platform) {

        DesignEdit toEdit() {
            return new DesignEdit(
                    eventName,
                    benefit,
                    period,
                    storeName,
                    callToAction,
                    backgroundColor,
                    textColor,
                    accentColor,
                    textAlign,
                    qrPosition,
                    style,
                    platform);
        }
    }
}
