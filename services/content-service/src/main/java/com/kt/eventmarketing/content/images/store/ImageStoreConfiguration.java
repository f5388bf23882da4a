package com.kt.eventmarketing.content.images.store;

import com.kt.eventmarketing.content.ContentProperties;
import com.kt.eventmarketing.content.images.ImageStore;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the image store from {@code kt.content.storage.type}: {@code local} or {@code azure}. */
@Configuration(proxyBeanMethods = false)
class ImageStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ImageStoreConfiguration.class);

    @Bean
    ImageStore imageStore(ContentProperties properties) {
        ContentProperties.Storage storage = properties.storage();
        ImageStore store = switch (storage.type().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> new LocalImageStore(Path.of(storage.directory()));
            case "azure" -> azure(storage.azure());
            default ->
                throw new IllegalStateException(
                        "kt.content.storage.type must be local or azure, not " + storage.type());
        };
        log.info("Images are stored in {}", store.describe());
        return store;
    }

    private static ImageStore azure(ContentProperties.Azure azure) {
        if (azure.connectionString() == null || azure.connectionString().isBlank()) {
            throw new IllegalStateException(
                    "kt.content.storage.azure.connection-string is required when kt.content.storage.type=azure");
        }
        AzureBlobImageStore store = new AzureBlobImageStore(azure.connectionString(), azure.container());
        try {
            store.ensureContainer();
        } catch (RuntimeException e) {
            // the service still starts: jobs retry, and the container may be provisioned separately
            log.warn("Could not check the image container {}: {}", azure.container(), e.toString());
        }
        return store;
    }
}
