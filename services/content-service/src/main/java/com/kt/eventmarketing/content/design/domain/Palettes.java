package com.kt.eventmarketing.content.design.domain;

import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colours derived from the store: each industry has a few brand-like colour pairs (a café's coffee
 * and cream, a florist's leaf and petal), the store name picks one (stably), and each style turns
 * the pair into its palette: SIMPLE near-white with dark ink, FANCY deep and rich with light ink,
 * TRENDY a vivid canvas with white panels.
 */
public final class Palettes {

    record Pair(Rgb primary, Rgb accent) {
        static Pair of(String primary, String accent) {
            return new Pair(Rgb.hex(primary), Rgb.hex(accent));
        }
    }

    private static final Map<String, List<Pair>> BY_INDUSTRY = Map.ofEntries(
            Map.entry(
                    "CAFE",
                    List.of(
                            Pair.of("#6F4E37", "#E8B86D"),
                            Pair.of("#2E6B4F", "#F2C57C"),
                            Pair.of("#8C5A3C", "#7FB7BE"))),
            Map.entry(
                    "RESTAURANT",
                    List.of(
                            Pair.of("#C8102E", "#F2B134"),
                            Pair.of("#B5441B", "#3A7D44"),
                            Pair.of("#8E1B1B", "#F6C85F"))),
            Map.entry(
                    "BAKERY",
                    List.of(
                            Pair.of("#C68B59", "#E85D75"),
                            Pair.of("#A0522D", "#F4D35E"),
                            Pair.of("#D08C60", "#6B8F71"))),
            Map.entry(
                    "BAR",
                    List.of(
                            Pair.of("#1F2A44", "#F2A900"),
                            Pair.of("#3B1F4A", "#E94F64"),
                            Pair.of("#12343B", "#E1B382"))),
            Map.entry(
                    "BEAUTY",
                    List.of(
                            Pair.of("#D6336C", "#F8C8DC"),
                            Pair.of("#9D4EDD", "#FFB4A2"),
                            Pair.of("#B56576", "#EAAC8B"))),
            Map.entry(
                    "NAIL",
                    List.of(
                            Pair.of("#9B5DE5", "#F15BB5"),
                            Pair.of("#E0607E", "#80DED9"),
                            Pair.of("#6A4C93", "#FFCA3A"))),
            Map.entry(
                    "ACADEMY",
                    List.of(
                            Pair.of("#1E63D6", "#FFC43D"),
                            Pair.of("#2A9D8F", "#E76F51"),
                            Pair.of("#3D348B", "#F7B801"))),
            Map.entry(
                    "FITNESS",
                    List.of(
                            Pair.of("#FF5A1F", "#C6F432"),
                            Pair.of("#111827", "#22D3EE"),
                            Pair.of("#D7263D", "#1B998B"))),
            Map.entry(
                    "RETAIL",
                    List.of(
                            Pair.of("#00A19A", "#FF6B57"),
                            Pair.of("#3A86FF", "#FFBE0B"),
                            Pair.of("#5F0F40", "#FB8B24"))),
            Map.entry(
                    "FLOWER",
                    List.of(
                            Pair.of("#2F8F4E", "#FF7AA2"),
                            Pair.of("#C9184A", "#95D5B2"),
                            Pair.of("#7B2CBF", "#FFD6A5"))),
            Map.entry(
                    "PET",
                    List.of(
                            Pair.of("#F28C28", "#4CC9F0"),
                            Pair.of("#6D597A", "#E9C46A"),
                            Pair.of("#2B9348", "#FF8FAB"))),
            Map.entry(
                    "OTHER",
                    List.of(
                            Pair.of("#4F46E5", "#F59E0B"),
                            Pair.of("#0F766E", "#F472B6"),
                            Pair.of("#334155", "#38BDF8"))));

    private static final Rgb DEEP_INK = Rgb.hex("#16161D");
    private static final Rgb CREAM = Rgb.hex("#FFF8E7");

    private Palettes() {}

    /** The palette of a store's image in a style; the same inputs always give the same colours. */
    public static Palette derive(String industry, String storeName, ImageStyle style) {
        Pair pair = pairFor(industry, storeName);
        return switch (style) {
            case SIMPLE -> simple(pair);
            case FANCY -> fancy(pair);
            case TRENDY -> trendy(pair);
        };
    }

    static Pair pairFor(String industry, String storeName) {
        String key = industry == null ? "OTHER" : industry.strip().toUpperCase(Locale.ROOT);
        List<Pair> pairs = BY_INDUSTRY.getOrDefault(key, BY_INDUSTRY.get("OTHER"));
        // String.hashCode is specified by the language, so the choice is stable across JVMs and restarts
        int hash = storeName == null ? 0 : storeName.strip().hashCode();
        return pairs.get(Math.floorMod(hash, pairs.size()));
    }

    private static Palette simple(Pair pair) {
        Rgb background = pair.primary().mix(Rgb.WHITE, 0.95);
        Rgb ink = DEEP_INK.mix(pair.primary(), 0.15).readableOn(background, 7.0);
        Rgb accent = pair.primary();
        Rgb decoration = pair.primary().mix(Rgb.WHITE, 0.7);
        return new Palette(background, background, Rgb.WHITE, ink, accent, accent.readableInk(), decoration);
    }

    private static Palette fancy(Pair pair) {
        Rgb background = deep(pair.primary());
        Rgb ink = CREAM.readableOn(background, 7.0);
        Rgb gold = pair.accent().mix(Rgb.hex("#E6C36A"), 0.35);
        Rgb decoration = gold.lighter(0.15);
        return new Palette(
                background,
                Palette.gradientEnd(ImageStyle.FANCY, background, ink),
                background.lighter(0.1),
                ink,
                gold,
                gold.readableInk(),
                decoration);
    }

    private static Palette trendy(Pair pair) {
        Rgb background = pair.accent();
        Rgb surface = Rgb.hex("#FFFDF7");
        Rgb ink = Rgb.hex("#111111");
        Rgb accent = pair.primary();
        Rgb decoration = pair.primary().mix(pair.accent(), 0.25);
        return new Palette(background, background, surface, ink, accent, accent.readableInk(), decoration);
    }

    /** The colour darkened until it is deep enough to carry light text richly (not plain black). */
    private static Rgb deep(Rgb colour) {
        Rgb deep = colour;
        while (deep.luminance() > 0.06) {
            deep = deep.darker(0.12);
        }
        return deep;
    }
}
