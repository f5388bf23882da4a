package com.kt.eventmarketing.common.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the shared engines before a test class and stops them once, when the whole test run ends. */
public class EmbeddedEnginesExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedEngines.shared();
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(EmbeddedEnginesExtension.class, key -> (AutoCloseable) EmbeddedEngines::shutdown);
    }
}
