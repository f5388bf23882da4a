package com.kt.eventmarketing.participation.draw.domain;

import java.util.HexFormat;

/** The 32-byte seed of one draw, derived from the master seed; revealed with the draw's result. */
public record DrawSeed(byte[] bytes) {

    public DrawSeed {
        bytes = bytes.clone();
    }

    public static DrawSeed ofHex(String hex) {
        return new DrawSeed(HexFormat.of().parseHex(hex));
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
