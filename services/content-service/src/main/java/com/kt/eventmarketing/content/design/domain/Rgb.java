package com.kt.eventmarketing.content.design.domain;

import java.util.Locale;
import java.util.Optional;

/** An sRGB colour, written {@code #RRGGBB}, with the WCAG 2 arithmetic of contrast. */
public record Rgb(int red, int green, int blue) {

    public static final Rgb WHITE = new Rgb(255, 255, 255);
    public static final Rgb BLACK = new Rgb(0, 0, 0);

    /** WCAG 2.x level AA for normal text. */
    public static final double AA_TEXT = 4.5;

    public Rgb {
        if (out(red) || out(green) || out(blue)) {
            throw new IllegalArgumentException("colour channel out of 0..255: " + red + "," + green + "," + blue);
        }
    }

    private static boolean out(int channel) {
        return channel < 0 || channel > 255;
    }

    /** Reads {@code #RRGGBB} (case-insensitive); empty for anything else. */
    public static Optional<Rgb> parse(String hex) {
        if (hex == null || !hex.strip().matches("#[0-9a-fA-F]{6}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(hex.strip().substring(1), 16);
        return Optional.of(of(value));
    }

    public static Rgb hex(String hex) {
        return parse(hex).orElseThrow(() -> new IllegalArgumentException("not a #RRGGBB colour: " + hex));
    }

    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public int value() {
        return (red << 16) | (green << 8) | blue;
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%06X", value());
    }

    /** Relative luminance, WCAG 2.x definition. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Contrast ratio with another colour, 1 to 21. */
    public double contrastWith(Rgb other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** This colour moved towards {@code other} by {@code amount} (0 = this, 1 = other). */
    public Rgb mix(Rgb other, double amount) {
        double t = Math.clamp(amount, 0.0, 1.0);
        return new Rgb(
                (int) Math.round(red + (other.red - red) * t),
                (int) Math.round(green + (other.green - green) * t),
                (int) Math.round(blue + (other.blue - blue) * t));
    }

    public Rgb darker(double amount) {
        return mix(BLACK, amount);
    }

    public Rgb lighter(double amount) {
        return mix(WHITE, amount);
    }

    public boolean isDark() {
        return luminance() < 0.18;
    }

    /** Black or white, whichever reads better on this colour (one of them always reaches 4.5:1). */
    public Rgb readableInk() {
        return contrastWith(WHITE) >= contrastWith(BLACK) ? WHITE : BLACK;
    }

    /**
     * This colour as text on {@code ground}, moved towards black or white just far enough to reach
     * {@code ratio}: the hue survives where it can.
     */
    public Rgb readableOn(Rgb ground, double ratio) {
        if (contrastWith(ground) >= ratio) {
            return this;
        }
        Rgb target = ground.readableInk();
        for (int step = 1; step <= 20; step++) {
            Rgb candidate = mix(target, step / 20.0);
            if (candidate.contrastWith(ground) >= ratio) {
                return candidate;
            }
        }
        return target;
    }

    @Override
    public String toString() {
        return toHex();
    }
}
