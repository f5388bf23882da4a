package com.kt.eventmarketing.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class LauncherAutoConfigurationFilterTests {

    private final LauncherAutoConfigurationFilter filter = new LauncherAutoConfigurationFilter();

    @Test
    void leavesOutAutoConfigurationsUnderTheListedPrefixes() {
        filter.setEnvironment(new MockEnvironment()
                .withProperty(
                        LauncherAutoConfigurationFilter.PROPERTY, String.join(",", RunningPlatform.NOT_FOR_THE_EDGE)));

        boolean[] matches = filter.match(
                new String[] {
                    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                    "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
                    null
                },
                null);

        assertThat(matches).containsExactly(false, true, true);
    }

    @Test
    void leavesEverythingInForContextsTheLauncherDidNotStart() {
        filter.setEnvironment(new MockEnvironment());

        assertThat(filter.match(new String[] {"org.springframework.cloud.gateway.server.mvc.X"}, null))
                .containsExactly(true);
    }
}
