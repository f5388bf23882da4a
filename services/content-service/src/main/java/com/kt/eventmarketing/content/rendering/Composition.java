package com.kt.eventmarketing.content.rendering;

import java.util.List;
import java.util.Optional;

/** Where everything of one image went: what tests check and what the PDF's text layer follows. */
public record Composition(int width, int height, List<PlacedText> texts, PlacedQr qr) {

    public Box canvas() {
        return new Box(0, 0, width, height);
    }

    public Optional<PlacedText> text(TextRole role) {
        return texts.stream().filter(t -> t.role() == role).findFirst();
    }
}
