package com.kt.eventmarketing.content.rendering.art;

/** What an image's background was painted by, as recorded with the image. */
public final class ArtSource {

    public static final String BUILT_IN = "BUILT_IN";
    /** An external generator was configured but failed or was unavailable: the built-in backdrop stood in. */
    public static final String BUILT_IN_FALLBACK = "BUILT_IN_FALLBACK";

    private ArtSource() {}
}
