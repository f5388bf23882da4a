package com.kt.eventmarketing.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherOptionsTests {

    @Test
    void defaultsToDataBelowTheWorkingDirectoryAndPort8080() {
        var options = LauncherOptions.parse(new String[0], Map.of());

        assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.applicationArgs()).isEmpty();
    }

    @Test
    void commandLineWinsOverEnvironment() {
        var options = LauncherOptions.parse(
                new String[] {"--data-dir=/srv/kt", "--port=0"}, Map.of("KT_DATA_DIR", "/env/kt", "KT_PORT", "9090"));

        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/kt"));
        assertThat(options.port()).isZero();
    }

    @Test
    void readsTheEnvironment() {
        var options = LauncherOptions.parse(new String[0], Map.of("KT_DATA_DIR", "/env/kt", "KT_PORT", "9090"));

        assertThat(options.dataDir()).isEqualTo(Path.of("/env/kt"));
        assertThat(options.port()).isEqualTo(9090);
    }

    @Test
    void handsOtherArgumentsToTheApplications() {
        var options = LauncherOptions.parse(new String[] {"--port=8081", "--kt.demo.seed=true"}, Map.of());

        assertThat(options.applicationArgs()).containsExactly("--kt.demo.seed=true");
        assertThat(options.postgresDir()).isEqualTo(options.dataDir().resolve("postgres"));
    }

    @Test
    void rejectsPortsThatAreNoPorts() {
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--port=http"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LauncherOptions.parse(new String[] {"--port=70000"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
