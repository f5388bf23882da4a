package com.kt.eventmarketing.content.images.web;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.content.images.ImageFiles;
import com.kt.eventmarketing.content.images.ImageFiles.Format;
import com.kt.eventmarketing.content.images.ImageFiles.ImageFile;
import com.kt.eventmarketing.content.images.StoredImage.StoredFile;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * §6 Content: image files, public (they are posted on SNS and printed). An image never changes (an
 * edit makes a new one), so responses are cacheable for a year and revalidate by content hash.
 */
@RestController
@RequestMapping("/api/v1/content/images")
class ImageController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final ImageFiles files;

    ImageController(ImageFiles files) {
        this.files = files;
    }

    @GetMapping("/{imageId}")
    ResponseEntity<byte[]> image(
            @PathVariable UUID imageId,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return serve(imageId, format(format), ifNoneMatch);
    }

    private static Format format(String format) {
        if (format == null || format.equalsIgnoreCase("png")) {
            return Format.PNG;
        }
        if (format.equalsIgnoreCase("pdf")) {
            return Format.PDF;
        }
        throw ProblemException.invalid("format", "must be png or pdf");
    }

    @GetMapping("/{imageId}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID imageId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return serve(imageId, Format.PDF, ifNoneMatch);
    }

    @GetMapping("/{imageId}.png")
    ResponseEntity<byte[]> png(
            @PathVariable UUID imageId,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return serve(imageId, Format.PNG, ifNoneMatch);
    }

    private ResponseEntity<byte[]> serve(UUID imageId, Format format, String ifNoneMatch) {
        StoredFile described = files.describe(imageId, format);
        String etag = "\"" + described.sha256() + "\"";
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(FOREVER)
                    .build();
        }
        ImageFile file = files.read(imageId, format, described);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.bytes().length)
                .eTag(etag)
                .cacheControl(FOREVER)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    /** {@code If-None-Match}: a list of tags, weak or strong, or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
