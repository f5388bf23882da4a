package com.kt.eventmarketing.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.kt.eventmarketing.content.DesignMother;
import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.LayoutOptions;
import com.kt.eventmarketing.content.design.domain.PosterTexts;
import com.kt.eventmarketing.content.design.domain.QrPosition;
import com.kt.eventmarketing.content.design.domain.Rgb;
import com.kt.eventmarketing.content.design.domain.TextAlign;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.awt.Font;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PosterRendererTests {

    private static final PosterRenderer RENDERER = new PosterRenderer();

    static Stream<Arguments> everyStyleAndPlatform() {
        List<Arguments> all = new ArrayList<>();
        for (ImageStyle style : ImageStyle.values()) {
            for (ImagePlatform platform : ImagePlatform.values()) {
                all.add(Arguments.of(style, platform));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStyleAndPlatform")
    void rendersEveryStyleAndPlatformReadablyAndWithAWorkingQrCode(ImageStyle style, ImagePlatform platform)
            throws Exception {
        Design design = DesignMother.cafe(style, platform);

        RenderedPoster poster = RENDERER.render(design);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(poster.png()));
        assertThat(image.getWidth()).isEqualTo(platform.width());
        assertThat(image.getHeight()).isEqualTo(platform.height());
        assertThat(poster.width()).isEqualTo(platform.width());
        Composition composition = poster.composition();
        assertLaidOutCleanly(composition, design);
        assertThat(composition.texts()).extracting(PlacedText::role).containsExactlyInAnyOrder(TextRole.values());
        assertThat(composition.texts()).noneMatch(PlacedText::truncated);
        assertThat(decodeQr(image)).isEqualTo(design.participationUrl());
        assertThat(design.participationUrl())
                .isEqualTo("http://localhost:8080/e/" + DesignMother.EVENT_ID + "?ch="
                        + (platform == ImagePlatform.POSTER ? "STORE" : platform.name()));
        for (PlacedText text : composition.texts()) {
            assertHangulGlyphsPresent(text);
            assertDrawn(image, text);
        }
    }

    static Stream<Arguments> hardCases() {
        List<Arguments> all = new ArrayList<>();
        Map<String, PosterTexts> texts = Map.of(
                "longest", DesignMother.longestTexts(),
                "shortest", DesignMother.shortestTexts(),
                "typical", DesignMother.cafeTexts());
        for (ImageStyle style : ImageStyle.values()) {
            for (ImagePlatform platform : ImagePlatform.values()) {
                for (QrPosition qr : QrPosition.values()) {
                    for (var entry : texts.entrySet()) {
                        all.add(Arguments.of(style, platform, qr, entry.getKey(), entry.getValue()));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} QR {2} {3} texts")
    @MethodSource("hardCases")
    void keepsEveryLayoutInsideTheCanvasWithoutOverlaps(
            ImageStyle style, ImagePlatform platform, QrPosition qr, String name, PosterTexts texts) {
        Design initial = DesignMother.design("BAKERY", texts, style, platform);
        for (TextAlign align : TextAlign.values()) {
            Design design = new Design(
                    initial.eventId(),
                    initial.industry(),
                    style,
                    platform,
                    texts,
                    initial.palette(),
                    new LayoutOptions(align, qr),
                    initial.participationUrl(),
                    null);

            assertLaidOutCleanly(RENDERER.compose(design), design);
        }
    }

    @Test
    void shrinksALongHeadlineBeforeCuttingIt() {
        Design typical = DesignMother.cafe(ImageStyle.SIMPLE, ImagePlatform.INSTAGRAM);
        Design longest =
                DesignMother.design("CAFE", DesignMother.longestTexts(), ImageStyle.SIMPLE, ImagePlatform.INSTAGRAM);

        PlacedText shortName =
                RENDERER.compose(typical).text(TextRole.EVENT_NAME).orElseThrow();
        PlacedText longName =
                RENDERER.compose(longest).text(TextRole.EVENT_NAME).orElseThrow();

        assertThat(longName.fontSize()).isLessThan(shortName.fontSize());
        assertThat(longName.lines()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void cutsWithAnEllipsisOnlyWhatCannotFitAtTheSmallestSize() {
        PosterTexts overlong = new PosterTexts("가나다라 ".repeat(60), "", "", "가게", null);
        Design design = DesignMother.design("CAFE", overlong, ImageStyle.TRENDY, ImagePlatform.KAKAO_CHANNEL);

        PlacedText name = RENDERER.compose(design).text(TextRole.EVENT_NAME).orElseThrow();

        assertThat(name.truncated()).isTrue();
        assertThat(name.lines().getLast()).endsWith(TextFitter.ELLIPSIS);
        assertLaidOutCleanly(RENDERER.compose(design), design);
    }

    @Test
    void givesTheCallToActionTwoLinesInTheNarrowColumnOfWideImages() {
        for (ImageStyle style : ImageStyle.values()) {
            Design design = DesignMother.design("CAFE", DesignMother.longestTexts(), style, ImagePlatform.NAVER_BLOG);

            PlacedText caption =
                    RENDERER.compose(design).text(TextRole.CALL_TO_ACTION).orElseThrow();

            assertThat(caption.truncated()).as(style.name()).isFalse();
            assertThat(caption.text()).isEqualTo("지금 QR 찍고 바로 참여하기");
        }
    }

    @Test
    void wrapsKoreanOnSpacesNotInsideWords() {
        FittedText fitted = TextFitter.wrap("봄맞이 신메뉴 출시 기념 경품 추첨 이벤트", Weight.BOLD, 60f, 400, 1.2);

        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        assertThat(String.join(" ", fitted.lines())).isEqualTo("봄맞이 신메뉴 출시 기념 경품 추첨 이벤트");
        assertThat(fitted.lineWidths()).allSatisfy(width -> assertThat(width).isLessThanOrEqualTo(400.0));
    }

    @Test
    void rendersTheSameDesignToTheSameBytes() {
        Design design = DesignMother.cafe(ImageStyle.FANCY, ImagePlatform.KAKAO_CHANNEL);

        assertThat(RENDERER.render(design).png())
                .isEqualTo(RENDERER.render(design).png());
    }

    @Test
    void printsThePosterAsAnA4PdfWithTheKoreanTextSearchable() throws IOException {
        Design design = DesignMother.cafe(ImageStyle.SIMPLE, ImagePlatform.POSTER);

        RenderedPoster poster = RENDERER.render(design);

        assertThat(poster.pdf()).isNotNull();
        try (PDDocument pdf = Loader.loadPDF(poster.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(page.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("카페 봄 망원점").contains("아메리카노");
        }
        assertThat(RENDERER.render(DesignMother.cafe(ImageStyle.SIMPLE, ImagePlatform.INSTAGRAM))
                        .pdf())
                .isNull();
    }

    @Test
    void composesTextsOnGeneratedArtOnSolidPanels() throws Exception {
        BufferedImage art = new BufferedImage(1024, 1024, BufferedImage.TYPE_INT_RGB);
        var g = art.createGraphics();
        for (int x = 0; x < 1024; x += 64) {
            g.setColor(new java.awt.Color(x / 4, 255 - x / 4, 128));
            g.fillRect(x, 0, 64, 1024);
        }
        g.dispose();
        for (ImageStyle style : ImageStyle.values()) {
            Design design = DesignMother.cafe(style, ImagePlatform.INSTAGRAM);

            RenderedPoster poster = RENDERER.render(design, art);

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(poster.png()));
            assertThat(decodeQr(image)).isEqualTo(design.participationUrl());
            PlacedText name = poster.composition().text(TextRole.EVENT_NAME).orElseThrow();
            // the ground under the headline is the palette's, not the art's
            int corner = image.getRGB((int) name.box().x() - 2, (int) name.box().y() + 2) & 0xFFFFFF;
            assertThat(Rgb.of(corner).contrastWith(name.ground())).isLessThan(1.1);
        }
    }

    /** Inside the canvas with a margin, nothing overlapping, every text readable on its ground. */
    static void assertLaidOutCleanly(Composition composition, Design design) {
        Box canvas = composition.canvas();
        double margin = 0.04 * Math.min(composition.width(), composition.height());
        List<Box> taken = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PlacedText text : composition.texts()) {
            String what = design.style() + " " + design.platform() + " " + text.role() + " " + text.outer();
            assertThat(text.outer().isInside(canvas, margin))
                    .as(what + " inside the canvas")
                    .isTrue();
            if (text.panel() != null) {
                assertThat(text.box().isInside(text.panel(), 0))
                        .as(what + " inside its panel")
                        .isTrue();
            }
            assertThat(text.lineWidths())
                    .as(what + " lines within the box")
                    .allSatisfy(
                            w -> assertThat(w).isLessThanOrEqualTo(text.box().width() + 0.01));
            assertThat(text.lines().size() * text.lineHeight())
                    .isLessThanOrEqualTo(text.box().height() + 0.01);
            assertThat(text.colour().contrastWith(text.ground()))
                    .as(what + " contrast")
                    .isGreaterThanOrEqualTo(Rgb.AA_TEXT);
            taken.add(text.outer());
            names.add(text.role().name());
        }
        PlacedQr qr = composition.qr();
        assertThat(qr.card().isInside(canvas, margin))
                .as("QR card inside the canvas")
                .isTrue();
        assertThat(qr.code().isInside(qr.card(), QrCodes.QUIET_ZONE * qr.moduleSize() - 1))
                .as("QR code keeps its quiet zone")
                .isTrue();
        taken.add(qr.card());
        names.add("QR");
        for (int i = 0; i < taken.size(); i++) {
            for (int j = i + 1; j < taken.size(); j++) {
                assertThat(taken.get(i).intersects(taken.get(j)))
                        .as(design.style() + " " + design.platform() + ": " + names.get(i) + " " + taken.get(i)
                                + " overlaps " + names.get(j) + " " + taken.get(j))
                        .isFalse();
            }
        }
    }

    /** Every character has a real glyph in the font it is drawn with: no missing-glyph boxes. */
    private static void assertHangulGlyphsPresent(PlacedText text) {
        Font font = text.font();
        for (String line : text.lines()) {
            assertThat(font.canDisplayUpTo(line)).as(line).isEqualTo(-1);
            GlyphVector glyphs = font.createGlyphVector(PosterFonts.CONTEXT, line);
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                assertThat(glyphs.getGlyphCode(i)).as(line).isNotEqualTo(font.getMissingGlyphCode());
            }
        }
        if (text.role() == TextRole.EVENT_NAME) {
            assertThat(text.text()).containsPattern("[가-힣]");
        }
    }

    /** The block's pixels really carry its colour: the text was drawn where the layout says. */
    private static void assertDrawn(BufferedImage image, PlacedText text) {
        Box box = text.box();
        int inked = 0;
        int total = 0;
        for (int y = (int) box.y(); y < (int) box.bottom(); y += 2) {
            for (int x = (int) box.x(); x < (int) box.right(); x += 2) {
                total++;
                if (Rgb.of(image.getRGB(x, y) & 0xFFFFFF).contrastWith(text.colour()) < 1.3) {
                    inked++;
                }
            }
        }
        assertThat(inked).as(text.role() + " drawn").isGreaterThan(total / 50);
    }

    static String decodeQr(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in the image", e);
        }
    }
}
