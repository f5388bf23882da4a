package com.kt.eventmarketing.common.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** A {@link PersonalDataCipher} wherever {@code kt.crypto.active-key-id} is configured. */
@AutoConfiguration
@ConditionalOnProperty("kt.crypto.active-key-id")
@EnableConfigurationProperties(CryptoProperties.class)
public class PersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PersonalDataCipher personalDataCipher(CryptoProperties properties) {
        if (properties.getBlindIndexKey() == null) {
            throw new IllegalStateException("kt.crypto.blind-index-key is not configured");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties
                .getKeys()
                .forEach((id, key) -> keys.put(id, Base64.getDecoder().decode(key)));
        return new PersonalDataCipher(
                keys, properties.getActiveKeyId(), Base64.getDecoder().decode(properties.getBlindIndexKey()));
    }
}
