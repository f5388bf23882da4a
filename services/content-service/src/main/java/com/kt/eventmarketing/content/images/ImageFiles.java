package com.kt.eventmarketing.content.images;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.content.images.StoredImage.StoredFile;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files of images, for serving: public, by id, PNG or (print posters) PDF. */
@Service
public class ImageFiles {

    public enum Format {
        PNG,
        PDF
    }

    /** The bytes of a file with what a response needs to describe and cache it. */
    public record ImageFile(byte[] bytes, String contentType, String sha256, String fileName) {}

    private final Images images;
    private final ImageStore store;

    ImageFiles(Images images, ImageStore store) {
        this.images = images;
        this.store = store;
    }

    /** The stored metadata of a file, without reading its bytes (enough to answer 304). */
    @Transactional(readOnly = true)
    public StoredFile describe(UUID imageId, Format format) {
        StoredImage image = images.find(imageId).orElseThrow(() -> ProblemException.notFound("Image", imageId));
        if (format == Format.PDF) {
            if (image.pdf() == null) {
                throw ProblemException.of(
                        ProblemException.Kind.NOT_FOUND,
                        "no-pdf",
                        "Image " + imageId + " has no PDF: only print posters (POSTER) are rendered as PDF.");
            }
            return image.pdf();
        }
        return image.png();
    }

    /** The bytes of a file {@link #describe described} before. */
    public ImageFile read(UUID imageId, Format format, StoredFile file) {
        byte[] bytes = store.get(file.storageKey())
                .orElseThrow(() -> new IllegalStateException(
                        "Image " + imageId + " is recorded but its file " + file.storageKey() + " is missing"));
        String extension = format == Format.PDF ? ".pdf" : ".png";
        return new ImageFile(bytes, file.contentType(), file.sha256(), "image-" + imageId + extension);
    }
}
