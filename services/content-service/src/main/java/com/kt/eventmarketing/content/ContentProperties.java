package com.kt.eventmarketing.content;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kt.content.*}: where participants are sent, where images are kept, how images are rendered
 * and which external image generator (if any) paints the background art.
 */
@ConfigurationProperties("kt.content")
public record ContentProperties(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Storage storage,
        @DefaultValue Render render,
        @DefaultValue Art art) {

    /** The image store: {@code local} files (default) or {@code azure} Blob Storage. */
    public record Storage(
            @DefaultValue("local") String type,
            @DefaultValue("./data/content") String directory,
            @DefaultValue Azure azure) {}

    public record Azure(
            String connectionString,
            @DefaultValue("content-images") String container) {}

    /**
     * Rendering jobs: {@code threads} render at once (rendering is CPU-bound), a failed job is tried
     * {@code maxAttempts} times, a job claimed by a replica is its own for {@code lease}, and open
     * jobs are looked for every {@code sweepInterval} (resuming those of a stopped replica).
     */
    public record Render(
            @DefaultValue("2") int threads,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("10s") Duration retryDelay,
            @DefaultValue("15s") Duration sweepInterval) {}

    /**
     * The external image generator for background art: {@code none} (default: the built-in
     * renderer's own backdrops) or {@code openai} (the OpenAI Images API shape, also served by
     * compatible Stable Diffusion gateways).
     */
    public record Art(
            @DefaultValue("none") String provider,
            @DefaultValue("https://api.openai.com") String baseUrl,
            String apiKey,
            @DefaultValue("gpt-image-1") String model,
            @DefaultValue("medium") String quality,
            @DefaultValue("60s") Duration timeout,
            @DefaultValue("2") int maxAttempts,
            @DefaultValue("1s") Duration retryDelay,
            @DefaultValue("50") int failureRateThreshold,
            @DefaultValue("4") int minimumCalls,
            @DefaultValue("60s") Duration openDuration) {}
}
