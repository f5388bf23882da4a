package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.Design;

/** A stable seed per design, so decorations placed "at random" are the same at every render. */
final class Seeds {

    private Seeds() {}

    static long of(Design design) {
        long seed = design.eventId().getMostSignificantBits() ^ design.eventId().getLeastSignificantBits();
        seed = seed * 31 + design.style().ordinal();
        seed = seed * 31 + design.platform().ordinal();
        return seed * 31 + design.texts().eventName().hashCode();
    }
}
