package com.kt.eventmarketing.deploy.tracing;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configurations whose class names start with a prefix listed in {@value
 * #PROPERTY}: the edge and the services share this test's classpath (as in the launcher, whose
 * filter this mirrors), and the services must not route like the edge.
 */
public class ExcludedAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String PROPERTY = "kt.trace-test.excluded-auto-configurations";

    private List<String> prefixes = List.of();

    @Override
    public void setEnvironment(Environment environment) {
        prefixes = Arrays.stream(environment.getProperty(PROPERTY, String[].class, new String[0]))
                .map(String::trim)
                .filter(prefix -> !prefix.isEmpty())
                .toList();
    }

    @Override
    public boolean[] match(String[] candidates, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            String candidate = candidates[i];
            matches[i] = candidate == null || prefixes.stream().noneMatch(candidate::startsWith);
        }
        return matches;
    }
}
