package com.kt.eventmarketing.event.images;

import static com.kt.eventmarketing.event.shared.UtcTimes.column;
import static com.kt.eventmarketing.event.shared.UtcTimes.instant;

import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import com.kt.eventmarketing.event.images.domain.Image;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Generated images in PostgreSQL ({@code generated_images} of the ERD). */
@Repository
class Images {

    private static final String COLUMNS =
            "image_id, event_id, job_id, image_url, style, platform, is_selected, created_at, updated_at";

    private final JdbcClient jdbc;

    Images(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the image unless its id is known already (a redelivered or repeated result). */
    boolean insertIfAbsent(Image image) {
        return jdbc.sql("INSERT INTO generated_images (" + COLUMNS + ") VALUES (:id, :event, :job, :url, :style,"
                                + " :platform, false, :at, :at) ON CONFLICT (image_id) DO NOTHING")
                        .param("id", image.imageId())
                        .param("event", image.eventId())
                        .param("job", image.jobId())
                        .param("url", image.imageUrl())
                        .param("style", image.style().name())
                        .param("platform", image.platform().name())
                        .param("at", column(image.createdAt()))
                        .update()
                == 1;
    }

    List<Image> ofEvent(UUID eventId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM generated_images WHERE event_id = :event"
                        + " ORDER BY created_at, style, platform, image_id")
                .param("event", eventId)
                .query(Images::image)
                .list();
    }

    Optional<Image> find(UUID eventId, UUID imageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM generated_images WHERE event_id = :event AND image_id = :id")
                .param("event", eventId)
                .param("id", imageId)
                .query(Images::image)
                .optional();
    }

    /** Makes the image the event's one selected image (two statements: the unique index is checked row by row). */
    void select(UUID eventId, UUID imageId, Instant now) {
        jdbc.sql("UPDATE generated_images SET is_selected = false, updated_at = :now"
                        + " WHERE event_id = :event AND is_selected AND image_id <> :id")
                .param("now", column(now))
                .param("event", eventId)
                .param("id", imageId)
                .update();
        jdbc.sql("UPDATE generated_images SET is_selected = true, updated_at = :now"
                        + " WHERE event_id = :event AND image_id = :id AND NOT is_selected")
                .param("now", column(now))
                .param("event", eventId)
                .param("id", imageId)
                .update();
    }

    private static Image image(ResultSet rs, int row) throws SQLException {
        return new Image(
                rs.getObject("image_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getObject("job_id", UUID.class),
                rs.getString("image_url"),
                ImageStyle.valueOf(rs.getString("style")),
                ImagePlatform.valueOf(rs.getString("platform")),
                rs.getBoolean("is_selected"),
                instant(rs.getObject("created_at", LocalDateTime.class)),
                instant(rs.getObject("updated_at", LocalDateTime.class)));
    }
}
