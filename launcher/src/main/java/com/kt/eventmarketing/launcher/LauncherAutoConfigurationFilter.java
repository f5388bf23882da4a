package com.kt.eventmarketing.launcher;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configurations a context started by the launcher does not need: those whose class name starts
 * with one of the prefixes in {@value #PROPERTY}. Unlike {@code spring.autoconfigure.exclude} it does not replace the
 * application's own exclusions. Without the property (any context not started by the launcher) it does nothing.
 */
public final class LauncherAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String PROPERTY = "kt.launcher.excluded-auto-configurations";

    private List<String> excludedPrefixes = List.of();

    @Override
    public void setEnvironment(Environment environment) {
        excludedPrefixes = Arrays.stream(environment.getProperty(PROPERTY, String[].class, new String[0]))
                .map(String::strip)
                .filter(prefix -> !prefix.isEmpty())
                .toList();
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < matches.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = candidate == null || excludedPrefixes.stream().noneMatch(candidate::startsWith);
        }
        return matches;
    }
}
