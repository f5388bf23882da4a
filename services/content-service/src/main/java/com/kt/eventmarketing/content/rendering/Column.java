package com.kt.eventmarketing.content.rendering;

import com.kt.eventmarketing.content.design.domain.TextAlign;
import java.util.ArrayList;
import java.util.List;

/**
 * Stacks text blocks in an area, largest type first: all blocks shrink together until the stack
 * fits the area (each never below its minimum size); if it still does not, the longest block loses
 * lines (ending in "…"), and as a very last resort optional blocks are left out. The result never
 * leaves the area and no two blocks overlap.
 */
final class Column {

    enum Vertical {
        TOP,
        CENTER
    }

    private static final float SHRINK = 0.94f;

    private Column() {}

    static List<PlacedText> layout(List<Block> requested, Box area, TextAlign align, Vertical vertical) {
        List<Block> blocks =
                new ArrayList<>(requested.stream().filter(b -> !b.isEmpty()).toList());
        List<FittedText> fitted = shrinkToFit(blocks, area);
        while (height(blocks, fitted) > area.height()) {
            if (!dropALine(blocks, fitted, area) && !dropABlock(blocks, fitted)) {
                break;
            }
        }
        return place(blocks, fitted, area, align, vertical);
    }

    private static List<FittedText> shrinkToFit(List<Block> blocks, Box area) {
        float scale = 1f;
        while (true) {
            List<FittedText> fitted = new ArrayList<>();
            boolean linesFit = true;
            boolean atMinimum = true;
            for (Block block : blocks) {
                float size = Math.max(block.minSize(), block.maxSize() * scale);
                atMinimum &= size <= block.minSize();
                FittedText text =
                        TextFitter.wrap(block.text(), block.weight(), size, innerWidth(block, area), block.leading());
                linesFit &= text.lines().size() <= block.maxLines();
                fitted.add(text);
            }
            if (linesFit && height(blocks, fitted) <= area.height()) {
                return fitted;
            }
            if (atMinimum) {
                List<FittedText> cut = new ArrayList<>();
                for (int i = 0; i < blocks.size(); i++) {
                    cut.add(TextFitter.truncate(
                            fitted.get(i), blocks.get(i).maxLines(), innerWidth(blocks.get(i), area)));
                }
                return cut;
            }
            scale *= SHRINK;
        }
    }

    /** Takes the last line off the block with the most lines; false when every block has one line. */
    private static boolean dropALine(List<Block> blocks, List<FittedText> fitted, Box area) {
        int longest = -1;
        for (int i = 0; i < fitted.size(); i++) {
            if (fitted.get(i).lines().size() > 1
                    && (longest < 0
                            || fitted.get(i).lines().size()
                                    > fitted.get(longest).lines().size())) {
                longest = i;
            }
        }
        if (longest < 0) {
            return false;
        }
        FittedText text = fitted.get(longest);
        fitted.set(longest, TextFitter.truncate(text, text.lines().size() - 1, innerWidth(blocks.get(longest), area)));
        return true;
    }

    /** Leaves out the least important block still there (never the event name). */
    private static boolean dropABlock(List<Block> blocks, List<FittedText> fitted) {
        for (TextRole role : List.of(TextRole.PERIOD, TextRole.STORE_NAME, TextRole.BENEFIT)) {
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).role() == role) {
                    blocks.remove(i);
                    fitted.remove(i);
                    return true;
                }
            }
        }
        return false;
    }

    private static double innerWidth(Block block, Box area) {
        return Math.max(1, area.width() - 2 * block.padX());
    }

    static double height(List<Block> blocks, List<FittedText> fitted) {
        double total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            total += fitted.get(i).height() + 2 * blocks.get(i).padY();
            if (i > 0) {
                total += blocks.get(i).gapBefore();
            }
        }
        return total;
    }

    private static List<PlacedText> place(
            List<Block> blocks, List<FittedText> fitted, Box area, TextAlign align, Vertical vertical) {
        double total = height(blocks, fitted);
        double y = vertical == Vertical.CENTER ? area.y() + Math.max(0, (area.height() - total) / 2) : area.y();
        List<PlacedText> placed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            FittedText text = fitted.get(i);
            if (i > 0) {
                y += block.gapBefore();
            }
            double outerWidth = text.width() + 2 * block.padX();
            double outerHeight = text.height() + 2 * block.padY();
            double x = switch (align) {
                case LEFT -> area.x();
                case CENTER -> area.centerX() - outerWidth / 2;
                case RIGHT -> area.right() - outerWidth;
            };
            Box panel = block.hasPanel() ? new Box(x, y, outerWidth, outerHeight) : null;
            Box box = new Box(x + block.padX(), y + block.padY(), text.width(), text.height());
            placed.add(placed(block, text, box, panel, align));
            y += outerHeight;
        }
        return placed;
    }

    static PlacedText placed(Block block, FittedText text, Box box, Box panel, TextAlign align) {
        return new PlacedText(
                block.role(),
                box,
                panel,
                text.lines(),
                text.lineWidths(),
                text.weight(),
                text.size(),
                text.lineHeight(),
                text.ascent(),
                align,
                block.colour(),
                block.ground(),
                text.truncated());
    }
}
