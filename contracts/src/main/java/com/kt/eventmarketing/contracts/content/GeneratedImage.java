package com.kt.eventmarketing.contracts.content;

import java.util.UUID;

/** One rendered image; {@code imageUrl} is served publicly by the content service. */
public record GeneratedImage(UUID imageId, String imageUrl, ImageStyle style, ImagePlatform platform) {}
