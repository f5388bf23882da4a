package com.kt.eventmarketing.content.images;

import com.kt.eventmarketing.content.design.DesignDocument;
import com.kt.eventmarketing.content.images.StoredImage.StoredFile;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Image metadata in PostgreSQL; the design (texts, colours, layout) as JSON beside it. */
@Repository
public class Images {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Images(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the image once: a second insert for the same job, style and platform changes nothing. */
    public boolean insert(StoredImage image) {
        StoredFile pdf = image.pdf();
        return jdbc.sql("""
                        INSERT INTO images (image_id, event_id, user_id, store_id, job_id, style, platform, width, height,
                                            content_type, storage_key, byte_size, sha256, pdf_storage_key, pdf_byte_size,
                                            pdf_sha256, design, art_source, parent_image_id, created_at)
                        VALUES (:id, :event, :user, :store, :job, :style, :platform, :width, :height, :type, :key, :size,
                                :sha, :pdfKey, :pdfSize, :pdfSha, CAST(:design AS jsonb), :art, :parent, :at)
                        ON CONFLICT (job_id, style, platform) DO NOTHING""")
                        .param("id", image.imageId())
                        .param("event", image.eventId())
                        .param("user", image.userId())
                        .param("store", image.storeId())
                        .param("job", image.jobId())
                        .param("style", image.style().name())
                        .param("platform", image.platform().name())
                        .param("width", image.width())
                        .param("height", image.height())
                        .param("type", image.png().contentType())
                        .param("key", image.png().storageKey())
                        .param("size", image.png().byteSize())
                        .param("sha", image.png().sha256())
                        .param("pdfKey", pdf == null ? null : pdf.storageKey())
                        .param("pdfSize", pdf == null ? null : pdf.byteSize())
                        .param("pdfSha", pdf == null ? null : pdf.sha256())
                        .param("design", json.writeValueAsString(DesignDocument.of(image.design())))
                        .param("art", image.artSource())
                        .param("parent", image.parentImageId())
                        .param("at", Timestamp.from(image.createdAt()))
                        .update()
                > 0;
    }

    public Optional<StoredImage> find(UUID imageId) {
        return jdbc.sql(SELECT + " WHERE image_id = :id")
                .param("id", imageId)
                .query(this::image)
                .optional();
    }

    /** The images of a job, in the order they were rendered. */
    public List<StoredImage> ofJob(UUID jobId) {
        return jdbc.sql(SELECT + " WHERE job_id = :job ORDER BY created_at, image_id")
                .param("job", jobId)
                .query(this::image)
                .list();
    }

    public List<StoredImage> ofEvent(UUID eventId) {
        return jdbc.sql(SELECT + " WHERE event_id = :event ORDER BY created_at, image_id")
                .param("event", eventId)
                .query(this::image)
                .list();
    }

    private static final String SELECT = """
            SELECT image_id, event_id, user_id, store_id, job_id, style, platform, width, height, content_type,
                   storage_key, byte_size, sha256, pdf_storage_key, pdf_byte_size, pdf_sha256, design::text AS design,
                   art_source, parent_image_id, created_at
            FROM images""";

    private StoredImage image(ResultSet rs, int row) throws SQLException {
        String pdfKey = rs.getString("pdf_storage_key");
        return new StoredImage(
                rs.getObject("image_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("store_id", UUID.class),
                rs.getObject("job_id", UUID.class),
                ImageStyle.valueOf(rs.getString("style")),
                ImagePlatform.valueOf(rs.getString("platform")),
                rs.getInt("width"),
                rs.getInt("height"),
                new StoredFile(
                        rs.getString("storage_key"),
                        rs.getString("content_type"),
                        rs.getLong("byte_size"),
                        rs.getString("sha256")),
                pdfKey == null
                        ? null
                        : new StoredFile(
                                pdfKey, "application/pdf", rs.getLong("pdf_byte_size"), rs.getString("pdf_sha256")),
                json.readValue(rs.getString("design"), DesignDocument.class).toDesign(),
                rs.getString("art_source"),
                rs.getObject("parent_image_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
