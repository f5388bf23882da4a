package com.kt.eventmarketing.common.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kt.crypto.*}: keys for personal data, base64. In production they come from Key Vault; the
 * launcher generates them once under its data directory.
 */
@ConfigurationProperties("kt.crypto")
public class CryptoProperties {

    /** AES-256 keys by id (32 bytes each, base64). Old keys stay to read old data. */
    private Map<String, String> keys = new LinkedHashMap<>();

    /** The id of the key new data is encrypted under. */
    private String activeKeyId;

    /** HMAC key of the blind indexes (at least 32 bytes, base64). Never rotated casually: it re-keys every index. */
    private String blindIndexKey;

    public Map<String, String> getKeys() {
        return keys;
    }

    public void setKeys(Map<String, String> keys) {
        this.keys = keys;
    }

    public String getActiveKeyId() {
        return activeKeyId;
    }

    public void setActiveKeyId(String activeKeyId) {
        this.activeKeyId = activeKeyId;
    }

    public String getBlindIndexKey() {
        return blindIndexKey;
    }

    public void setBlindIndexKey(String blindIndexKey) {
        this.blindIndexKey = blindIndexKey;
    }
}
