package com.kt.eventmarketing.contracts.content;

/** Where an image is posted, which fixes its size. */
public enum ImagePlatform {
    INSTAGRAM(1080, 1080),
    KAKAO_CHANNEL(800, 800),
    NAVER_BLOG(1200, 800),
    /** A4 portrait at 300 dpi, for the store window (also rendered as PDF). */
    POSTER(2480, 3508);

    private final int width;
    private final int height;

    ImagePlatform(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
