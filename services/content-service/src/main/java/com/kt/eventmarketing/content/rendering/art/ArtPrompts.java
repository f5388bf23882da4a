package com.kt.eventmarketing.content.rendering.art;

import com.kt.eventmarketing.content.design.domain.Design;
import java.util.Locale;
import java.util.Map;

/**
 * What to ask an image generator for: an abstract backdrop in the style's mood and the design's
 * colours, explicitly without any lettering (generators misspell Hangul; the text is ours).
 */
final class ArtPrompts {

    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("CAFE", "coffee beans, latte art and warm café light"),
            Map.entry("RESTAURANT", "fresh ingredients and a warm dining table"),
            Map.entry("BAKERY", "freshly baked bread and pastries"),
            Map.entry("BAR", "evening bar lights and glasses"),
            Map.entry("BEAUTY", "soft petals and cosmetics textures"),
            Map.entry("NAIL", "glossy nail colours and soft fabric"),
            Map.entry("ACADEMY", "notebooks, pencils and bright study space"),
            Map.entry("FITNESS", "dynamic sports shapes and energy"),
            Map.entry("RETAIL", "shopping bags and shelves"),
            Map.entry("FLOWER", "fresh flowers and leaves"),
            Map.entry("PET", "playful paw prints and pet toys"),
            Map.entry("OTHER", "a friendly neighbourhood shop"));

    private ArtPrompts() {}

    static String forDesign(Design design) {
        String industry =
                design.industry() == null ? "OTHER" : design.industry().toUpperCase(Locale.ROOT);
        String subject = SUBJECTS.getOrDefault(industry, SUBJECTS.get("OTHER"));
        String mood = switch (design.style()) {
            case SIMPLE -> "minimal, clean, airy, lots of white space, soft light";
            case FANCY -> "rich, festive, elegant, deep colours with golden glow and bokeh";
            case TRENDY -> "bold, playful, flat geometric shapes, vivid colour blocks";
        };
        return "Background art for a promotional poster of a small Korean store: " + subject + ". Style: " + mood
                + ". Main colours " + design.palette().background().toHex() + " and "
                + design.palette().accent().toHex()
                + ". Keep the centre calm for overlaid text. No text, no letters, no logos, no watermark.";
    }
}
