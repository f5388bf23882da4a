package com.kt.eventmarketing.content.design;

import com.kt.eventmarketing.content.design.domain.Design;
import com.kt.eventmarketing.content.design.domain.LayoutOptions;
import com.kt.eventmarketing.content.design.domain.Palette;
import com.kt.eventmarketing.content.design.domain.PosterTexts;
import com.kt.eventmarketing.content.design.domain.QrPosition;
import com.kt.eventmarketing.content.design.domain.Rgb;
import com.kt.eventmarketing.content.design.domain.TextAlign;
import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.util.UUID;

/**
 * A design as stored (JSON in the {@code images} and {@code render_jobs} tables): colours as
 * {@code #RRGGBB} so the stored texts and colours of an image can be read by a person as well.
 */
public record DesignDocument(
        UUID eventId,
        String industry,
        ImageStyle style,
        ImagePlatform platform,
        Texts texts,
        Colours colours,
        TextAlign textAlign,
        QrPosition qrPosition,
        String participationUrl,
        String artKey) {

    public record Texts(String eventName, String benefit, String period, String storeName, String callToAction) {}

    public record Colours(
            String background,
            String backgroundEnd,
            String surface,
            String text,
            String accent,
            String onAccent,
            String decoration) {}

    public static DesignDocument of(Design design) {
        PosterTexts t = design.texts();
        Palette p = design.palette();
        return new DesignDocument(
                design.eventId(),
                design.industry(),
                design.style(),
                design.platform(),
                new Texts(t.eventName(), t.benefit(), t.period(), t.storeName(), t.callToAction()),
                new Colours(
                        p.background().toHex(),
                        p.backgroundEnd().toHex(),
                        p.surface().toHex(),
                        p.ink().toHex(),
                        p.accent().toHex(),
                        p.onAccent().toHex(),
                        p.decoration().toHex()),
                design.layout().textAlign(),
                design.layout().qrPosition(),
                design.participationUrl(),
                design.artKey());
    }

    public Design toDesign() {
        return new Design(
                eventId,
                industry,
                style,
                platform,
                new PosterTexts(
                        texts.eventName(), texts.benefit(), texts.period(), texts.storeName(), texts.callToAction()),
                new Palette(
                        Rgb.hex(colours.background()),
                        Rgb.hex(colours.backgroundEnd()),
                        Rgb.hex(colours.surface()),
                        Rgb.hex(colours.text()),
                        Rgb.hex(colours.accent()),
                        Rgb.hex(colours.onAccent()),
                        Rgb.hex(colours.decoration())),
                new LayoutOptions(textAlign, qrPosition),
                participationUrl,
                artKey);
    }
}
