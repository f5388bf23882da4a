package com.kt.eventmarketing.content.rendering;

/** The weights of the shipped Korean typeface (Pretendard, OFL-1.1). */
public enum Weight {
    REGULAR("Pretendard-Regular.ttf"),
    BOLD("Pretendard-Bold.ttf"),
    EXTRA_BOLD("Pretendard-ExtraBold.ttf");

    private final String file;

    Weight(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }
}
