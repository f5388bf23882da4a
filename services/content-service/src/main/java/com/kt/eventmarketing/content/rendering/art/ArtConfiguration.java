package com.kt.eventmarketing.content.rendering.art;

import com.kt.eventmarketing.content.ContentProperties;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the background art generator: {@code kt.content.art.provider} = {@code none} or {@code openai}. */
@Configuration(proxyBeanMethods = false)
class ArtConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ArtConfiguration.class);

    @Bean
    BackgroundArt backgroundArt(ContentProperties properties) {
        ContentProperties.Art art = properties.art();
        return switch (art.provider().strip().toLowerCase(Locale.ROOT)) {
            case "none", "" -> BackgroundArt.NONE;
            case "openai" -> {
                log.info("Background art from the image generator at {} ({})", art.baseUrl(), art.model());
                yield new ImagesApiArt(art);
            }
            default ->
                throw new IllegalStateException(
                        "kt.content.art.provider must be none or openai, not " + art.provider());
        };
    }
}
