package com.kt.eventmarketing.content.rendering;

/** An axis-aligned rectangle on the canvas, in pixels. */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box size: " + width + "x" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** Whether this box lies inside {@code outer}, at least {@code inset} from each of its edges. */
    public boolean isInside(Box outer, double inset) {
        return x >= outer.x + inset
                && y >= outer.y + inset
                && right() <= outer.right() - inset
                && bottom() <= outer.bottom() - inset;
    }

    public Box inflate(double dx, double dy) {
        return new Box(x - dx, y - dy, width + 2 * dx, height + 2 * dy);
    }

    public Box deflate(double d) {
        return new Box(x + d, y + d, Math.max(0, width - 2 * d), Math.max(0, height - 2 * d));
    }

    public Box union(Box other) {
        double left = Math.min(x, other.x);
        double top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }
}
