package com.kt.eventmarketing.web.ui.participant;

import com.kt.eventmarketing.web.ui.backend.Backend;
import com.kt.eventmarketing.web.ui.backend.BackendProblem;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The participation service's public view of an event, as the participant pages read it. Every {@code GET} of that
 * view counts a page view, so the form shown again after a mistake uses the copy the event page fetched a moment ago
 * instead of counting the person twice; the pages around the entry (confirmation, closed, winners) read the event's
 * facts from {@code …/about}, which counts nothing and answers for closed events too. Also knows the pixel size of the event's image (read from the PNG header once per image; images are
 * immutable), so the page reserves its space before it loads.
 */
@Component
class PublicEvents {

    static final Duration KEEP = Duration.ofMinutes(10);
    private static final int MAX_KEPT = 2_000;
    private static final Pattern CONTENT_IMAGE = Pattern.compile("/api/v1/content/images/[0-9a-fA-F-]{36}(\\.png)?");

    private final Backend backend;
    private final Map<UUID, Kept> recent = new ConcurrentHashMap<>();
    private final Map<String, int[]> imageSizes = new ConcurrentHashMap<>();

    PublicEvents(Backend backend) {
        this.backend = backend;
    }

    private record Kept(Map<String, Object> view, Instant at) {}

    /** The public view, counting a view from channel {@code ch} (null → the service's default, DIRECT). */
    Map<String, Object> view(UUID eventId, String ch) {
        Map<String, Object> view = ch == null
                ? backend.to(Backend.PARTICIPATION)
                        .anonymously()
                        .get("/api/v1/public/events/{id}", eventId)
                        .map()
                : backend.to(Backend.PARTICIPATION)
                        .anonymously()
                        .get("/api/v1/public/events/{id}?ch={ch}", eventId, ch)
                        .map();
        if (recent.size() >= MAX_KEPT) {
            recent.clear();
        }
        recent.put(eventId, new Kept(view, Instant.now()));
        return view;
    }

    /**
     * The event's public facts, whether it is open or not, without counting a view ({@code …/about}); empty when it
     * is unknown or cannot be fetched right now (the pages that use it show less then, nothing fails).
     */
    Optional<Map<String, Object>> about(UUID eventId) {
        try {
            return Optional.of(backend.to(Backend.PARTICIPATION)
                    .anonymously()
                    .get("/api/v1/public/events/{id}/about", eventId)
                    .map());
        } catch (BackendProblem unknownOrUnavailable) {
            return Optional.empty();
        }
    }

    /** The view fetched recently, if any (nothing is counted). */
    Optional<Map<String, Object>> recent(UUID eventId) {
        Kept kept = recent.get(eventId);
        if (kept == null || kept.at().isBefore(Instant.now().minus(KEEP))) {
            return Optional.empty();
        }
        return Optional.of(kept.view());
    }

    /** The recent view, or a fresh one (counted as a view) when there is none. */
    Map<String, Object> recentOrView(UUID eventId, String ch) {
        return recent(eventId).orElseGet(() -> view(eventId, ch));
    }

    /** Width and height of the event's image; a square when it cannot be read. */
    int[] imageSize(String imageUrl) {
        if (imageUrl == null || !CONTENT_IMAGE.matcher(imageUrl).matches()) {
            return new int[] {1080, 1080};
        }
        int[] known = imageSizes.get(imageUrl);
        if (known != null) {
            return known;
        }
        int[] size = new int[] {1080, 1080};
        try {
            backend.to(Backend.CONTENT)
                    .anonymously()
                    .download(imageUrl, headers -> {}, body -> readPngSize(body, size));
        } catch (BackendProblem | IllegalStateException unreadable) {
            return size; // not cached: try again next time
        }
        if (imageSizes.size() >= MAX_KEPT) {
            imageSizes.clear();
        }
        imageSizes.put(imageUrl, size);
        return size;
    }

    /** The IHDR of a PNG: width and height, big-endian, at bytes 16–23. */
    private static void readPngSize(InputStream body, int[] size) throws java.io.IOException {
        byte[] head = body.readNBytes(24);
        if (head.length == 24 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            int width = ((head[16] & 0xff) << 24)
                    | ((head[17] & 0xff) << 16)
                    | ((head[18] & 0xff) << 8)
                    | (head[19] & 0xff);
            int height = ((head[20] & 0xff) << 24)
                    | ((head[21] & 0xff) << 16)
                    | ((head[22] & 0xff) << 8)
                    | (head[23] & 0xff);
            if (width > 0 && height > 0 && width < 20_000 && height < 20_000) {
                size[0] = width;
                size[1] = height;
            }
        }
    }
}
