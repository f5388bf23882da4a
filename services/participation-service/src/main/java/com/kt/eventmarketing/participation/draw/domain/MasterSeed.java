package com.kt.eventmarketing.participation.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret an event's draws are derived from: 32 random bytes fixed when the event is published.
 * Its {@link #commitment() commitment} (SHA-256) is public from then on; the seed itself is revealed
 * with the first draw. Draw {@code k} uses {@code HMAC-SHA256(masterSeed, "draw:" + k)}, so redraws
 * are fixed too and nobody can pick a seed after seeing the entries.
 */
public final class MasterSeed {

    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private MasterSeed(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("A master seed has " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static MasterSeed generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new MasterSeed(bytes);
    }

    public static MasterSeed ofHex(String hex) {
        return new MasterSeed(HexFormat.of().parseHex(hex));
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** SHA-256 of the seed bytes, hex: what the public page shows before any entry exists. */
    public String commitment() {
        return sha256Hex(bytes);
    }

    /** The seed of draw {@code drawNumber} (1 for the first draw): HMAC-SHA256(masterSeed, "draw:" + k). */
    public DrawSeed forDraw(int drawNumber) {
        if (drawNumber < 1) {
            throw new IllegalArgumentException("Draws are numbered from 1");
        }
        return new DrawSeed(hmac(bytes, ("draw:" + drawNumber).getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterSeed seed && MessageDigest.isEqual(bytes, seed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MasterSeed[commitment=" + commitment() + "]";
    }
}
