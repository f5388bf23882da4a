package com.kt.eventmarketing.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AES-256-GCM) and gives the keyed hash (HMAC-SHA256 blind index)
 * that lets the database enforce uniqueness and find a value without storing it in clear.
 *
 * <p>A ciphertext is {@code v1:<keyId>:<base64(iv || ciphertext || tag)>}: the key id makes key
 * rotation possible (new data under the active key, old data still readable under its own). The
 * {@code context} (e.g. {@code users.phone}) is bound as associated data, so a value copied into
 * another column does not decrypt.
 */
public final class PersonalDataCipher {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKeySpec> keys;
    private final String activeKeyId;
    private final SecretKeySpec blindIndexKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys AES keys by id, each 32 bytes
     * @param activeKeyId the key new data is encrypted under
     * @param blindIndexKey HMAC key, at least 32 bytes
     */
    public PersonalDataCipher(Map<String, byte[]> keys, String activeKeyId, byte[] blindIndexKey) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException(
                    "The active key '" + activeKeyId + "' is not among the configured keys " + keys.keySet());
        }
        keys.forEach((id, key) -> {
            if (key.length != 32) {
                throw new IllegalArgumentException("Key '" + id + "' must be 32 bytes (AES-256), is " + key.length);
            }
            if (id.contains(":")) {
                throw new IllegalArgumentException("Key id '" + id + "' must not contain ':'");
            }
        });
        if (blindIndexKey.length < 32) {
            throw new IllegalArgumentException("The blind index key must be at least 32 bytes");
        }
        this.keys = keys.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), "AES")));
        this.activeKeyId = activeKeyId;
        this.blindIndexKey = new SecretKeySpec(blindIndexKey, "HmacSHA256");
    }

    public String encrypt(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return VERSION + ":" + activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String ciphertext, String context) {
        String[] parts = ciphertext.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Not a ciphertext of this platform");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("Key '" + parts[1] + "' is not configured; it is needed to read old data");
        }
        byte[] in = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed (wrong key or tampered data)", e);
        }
    }

    /** Whether a ciphertext was made under another key than the active one (to re-encrypt). */
    public boolean needsRotation(String ciphertext) {
        String[] parts = ciphertext.split(":", 3);
        return parts.length == 3 && !activeKeyId.equals(parts[1]);
    }

    /** Keyed hash of a normalised value, hex: equal values give equal hashes, nothing else leaks. */
    public String blindIndex(String normalizedValue, String context) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(blindIndexKey);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
