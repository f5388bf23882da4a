package com.kt.eventmarketing.common.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Points the contexts of {@link UseEmbeddedEngines} tests at the shared engines. */
class EmbeddedEnginesContextCustomizerFactory implements ContextCustomizerFactory {

    // fixed keys: test data only, never used outside tests
    static final String TEST_AES_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String TEST_HMAC_KEY = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        UseEmbeddedEngines engines =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, UseEmbeddedEngines.class);
        return engines == null ? null : new Customizer(engines.database());
    }

    private record Customizer(String database) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var sources = context.getEnvironment().getPropertySources();
            Map<String, Object> connections =
                    new HashMap<>(EmbeddedEngines.shared().connectionProperties(database));
            connections.put("kt.security.jwk-set-uri", TestTokens.shared().jwkSetUri());
            sources.addFirst(new MapPropertySource("embedded-engines", connections));
            Map<String, Object> testDefaults = new HashMap<>();
            testDefaults.put("kt.crypto.keys.test", TEST_AES_KEY);
            testDefaults.put("kt.crypto.active-key-id", "test");
            testDefaults.put("kt.crypto.blind-index-key", TEST_HMAC_KEY);
            testDefaults.put("kt.messaging.resubmit-interval", "1s");
            testDefaults.put("kt.messaging.resubmit-min-age", "1s");
            testDefaults.put("kt.messaging.retry-initial-delay", "100ms");
            testDefaults.put("kt.messaging.retry-max-delay", "500ms");
            sources.addLast(new MapPropertySource("embedded-engines-test-defaults", testDefaults));
        }
    }
}
