package com.kt.eventmarketing.content.design.domain;

import com.kt.eventmarketing.contracts.content.ImagePlatform;
import com.kt.eventmarketing.contracts.content.ImageStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * An owner's changes to an image; {@code null} leaves a value as it is. Colours are {@code #RRGGBB};
 * a text colour must stay readable (WCAG AA, 4.5:1) on the ground the style draws text on.
 */
public record DesignEdit(
        String eventName,
        String benefit,
        String period,
        String storeName,
        String callToAction,
        String backgroundColor,
        String textColor,
        String accentColor,
        TextAlign textAlign,
        QrPosition qrPosition,
        ImageStyle style,
        ImagePlatform platform) {

    public boolean changesNothing() {
        return eventName == null
                && benefit == null
                && period == null
                && storeName == null
                && callToAction == null
                && backgroundColor == null
                && textColor == null
                && accentColor == null
                && textAlign == null
                && qrPosition == null
                && style == null
                && platform == null;
    }

    /**
     * The edited design, or every problem of the edit at once. {@code linkFor} gives the
     * participation link of a platform (it names the channel, so it changes with the platform).
     */
    public EditOutcome applyTo(Design design, Function<ImagePlatform, String> linkFor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (changesNothing()) {
            problems.add(new FieldProblem(
                    "edit", "must change at least one text, colour, layout option, style or platform"));
            return new EditOutcome.Rejected(problems);
        }
        check(TextLimits.EVENT_NAME, eventName, problems);
        check(TextLimits.BENEFIT, benefit, problems);
        check(TextLimits.PERIOD, period, problems);
        check(TextLimits.STORE_NAME, storeName, problems);
        check(TextLimits.CALL_TO_ACTION, callToAction, problems);
        Optional<Rgb> background = colour("backgroundColor", backgroundColor, problems);
        Optional<Rgb> text = colour("textColor", textColor, problems);
        Optional<Rgb> accent = colour("accentColor", accentColor, problems);
        if (!problems.isEmpty()) {
            return new EditOutcome.Rejected(problems);
        }

        PosterTexts old = design.texts();
        PosterTexts texts = new PosterTexts(
                or(eventName, old.eventName()),
                or(benefit, old.benefit()),
                or(period, old.period()),
                or(storeName, old.storeName()),
                or(callToAction, old.callToAction()));
        ImageStyle newStyle = style == null ? design.style() : style;
        ImagePlatform newPlatform = platform == null ? design.platform() : platform;
        boolean restyled = newStyle != design.style();

        Palette base = restyled ? Palettes.derive(design.industry(), texts.storeName(), newStyle) : design.palette();
        Rgb newBackground = background.orElse(base.background());
        Rgb groundBefore = Palette.textGround(newStyle, base);
        Rgb newSurface = base.surface();
        Rgb ground = newStyle == ImageStyle.TRENDY ? newSurface : newBackground;
        // an owner who only changes the background gets the text colour adjusted to stay readable
        Rgb ink = text.orElseGet(
                () -> ground.equals(groundBefore) ? base.ink() : base.ink().readableOn(ground, 7.0));
        Rgb newAccent = accent.orElse(base.accent());
        Palette palette = new Palette(
                newBackground,
                Palette.gradientEnd(newStyle, newBackground, ink),
                newSurface,
                ink,
                newAccent,
                newAccent.equals(base.accent()) ? base.onAccent() : newAccent.readableInk(),
                base.decoration());
        double contrast = palette.weakestTextContrast(newStyle);
        if (contrast < Rgb.AA_TEXT) {
            problems.add(new FieldProblem(
                    text.isPresent() ? "textColor" : "backgroundColor",
                    String.format(
                            Locale.ROOT,
                            "leaves the text at a contrast of %.1f:1 with its background; at least 4.5:1 is needed"
                                    + " to be readable (WCAG AA)",
                            contrast)));
            return new EditOutcome.Rejected(problems);
        }

        LayoutOptions layoutBase = restyled ? LayoutOptions.defaultFor(newStyle) : design.layout();
        LayoutOptions layout = new LayoutOptions(
                textAlign == null ? layoutBase.textAlign() : textAlign,
                qrPosition == null ? layoutBase.qrPosition() : qrPosition);
        return new EditOutcome.Edited(new Design(
                design.eventId(),
                design.industry(),
                newStyle,
                newPlatform,
                texts,
                palette,
                layout,
                linkFor.apply(newPlatform),
                restyled ? null : design.artKey()));
    }

    private static void check(TextLimits limit, String value, List<FieldProblem> problems) {
        limit.problemWith(value).ifPresent(problem -> problems.add(new FieldProblem(limit.field(), problem)));
    }

    private static Optional<Rgb> colour(String field, String value, List<FieldProblem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        Optional<Rgb> colour = Rgb.parse(value);
        if (colour.isEmpty()) {
            problems.add(new FieldProblem(field, "must be a colour written #RRGGBB, e.g. #1A73E8"));
        }
        return colour;
    }

    private static String or(String changed, String old) {
        return changed == null ? old : changed;
    }
}
