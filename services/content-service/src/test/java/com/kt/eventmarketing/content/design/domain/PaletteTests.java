package com.kt.eventmarketing.content.design.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaletteTests {

    private static final List<String> INDUSTRIES = List.of(
            "CAFE",
            "RESTAURANT",
            "BAKERY",
            "BAR",
            "BEAUTY",
            "NAIL",
            "ACADEMY",
            "FITNESS",
            "RETAIL",
            "FLOWER",
            "PET",
            "OTHER",
            "UNKNOWN_NEW_INDUSTRY");
    private static final List<String> STORES = List.of("카페 봄", "망원동 빵집", "더 그릴하우스", "헤어살롱 결", "수학의 정석 학원", "A", "꽃");

    @Test
    void computesTheWcagContrastRatio() {
        assertThat(Rgb.BLACK.contrastWith(Rgb.WHITE)).isCloseTo(21.0, within(0.01));
        assertThat(Rgb.hex("#777777").contrastWith(Rgb.WHITE)).isCloseTo(4.48, within(0.01));
        assertThat(Rgb.hex("#1A73E8").contrastWith(Rgb.hex("#1A73E8"))).isEqualTo(1.0);
    }

    @Test
    void readsAndWritesHexColours() {
        assertThat(Rgb.parse("#1a73e8")).contains(new Rgb(0x1A, 0x73, 0xE8));
        assertThat(Rgb.hex("#1A73E8").toHex()).isEqualTo("#1A73E8");
        assertThat(Rgb.parse("1A73E8")).isEmpty();
        assertThat(Rgb.parse("#12345")).isEmpty();
        assertThat(Rgb.parse("#GGGGGG")).isEmpty();
        assertThat(Rgb.parse("red")).isEmpty();
    }

    @Test
    void blackOrWhiteAlwaysReadsOnAnyColour() {
        for (int value = 0; value <= 0xFFFFFF; value += 0x030507) {
            Rgb ground = Rgb.of(value);
            assertThat(ground.readableInk().contrastWith(ground)).isGreaterThanOrEqualTo(Rgb.AA_TEXT);
        }
    }

    @ParameterizedTest
    @EnumSource(ImageStyle.class)
    void everyDerivedPaletteKeepsEveryTextReadableAtWcagAa(ImageStyle style) {
        for (String industry : INDUSTRIES) {
            for (String store : STORES) {
                Palette palette = Palettes.derive(industry, store, style);
                String what = industry + "/" + store + "/" + style + " " + palette;
                assertThat(palette.weakestTextContrast(style)).as(what).isGreaterThanOrEqualTo(Rgb.AA_TEXT);
                assertThat(palette.onAccent().contrastWith(palette.accent()))
                        .as(what)
                        .isGreaterThanOrEqualTo(Rgb.AA_TEXT);
                assertThat(palette.accentInk(style).contrastWith(Palette.textGround(style, palette)))
                        .as(what)
                        .isGreaterThanOrEqualTo(Rgb.AA_TEXT);
            }
        }
    }

    @Test
    void theStoreNamePicksTheColoursStablyAndStoresOfOneIndustryDiffer() {
        Palette first = Palettes.derive("CAFE", "카페 봄", ImageStyle.TRENDY);
        assertThat(Palettes.derive("CAFE", "카페 봄", ImageStyle.TRENDY)).isEqualTo(first);
        assertThat(STORES.stream()
                        .map(store -> Palettes.derive("CAFE", store, ImageStyle.TRENDY)
                                .background())
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }

    @Test
    void stylesHaveTheirOwnColourCharacter() {
        Palette simple = Palettes.derive("FLOWER", "꽃", ImageStyle.SIMPLE);
        Palette fancy = Palettes.derive("FLOWER", "꽃", ImageStyle.FANCY);
        assertThat(simple.background().luminance()).as("SIMPLE is near white").isGreaterThan(0.8);
        assertThat(fancy.background().luminance()).as("FANCY is deep").isLessThan(0.07);
        assertThat(fancy.backgroundEnd()).as("FANCY has a gradient").isNotEqualTo(fancy.background());
    }
}
