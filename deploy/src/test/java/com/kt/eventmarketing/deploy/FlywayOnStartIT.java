package com.kt.eventmarketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.common.testing.EmbeddedEnginesExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The deployments migrate on start (Spring Boot runs Flyway before the application is ready), so a
 * rollout or a scale-out starts several replicas against one database at once. Flyway serialises
 * them with a PostgreSQL advisory lock: exactly one applies each migration, the others wait and
 * then find nothing to do. This is why the manifests need no migration Job.
 */
@ExtendWith(EmbeddedEnginesExtension.class)
class FlywayOnStartIT {

    private static final int REPLICAS = 4;

    @Test
    void replicasStartingTogetherApplyEachMigrationExactlyOnce() throws Exception {
        Map<String, Object> properties = EmbeddedEngines.shared().connectionProperties("flyway_on_start_test");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl((String) properties.get("spring.datasource.url"));
        dataSource.setUser((String) properties.get("spring.datasource.username"));
        dataSource.setPassword((String) properties.get("spring.datasource.password"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrateResult>> replicas = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(REPLICAS)) {
            for (int i = 0; i < REPLICAS; i++) {
                replicas.add(executor.submit(() -> {
                    start.await();
                    // what spring.flyway.* configures in a service: its own locations, defaults otherwise
                    return Flyway.configure()
                            .dataSource(dataSource)
                            .locations("classpath:db/concurrent")
                            .load()
                            .migrate();
                }));
            }
            start.countDown();
            int applied = 0;
            for (Future<MigrateResult> replica : replicas) {
                MigrateResult result = replica.get();
                assertThat(result.success).isTrue();
                applied += result.migrationsExecuted;
            }
            assertThat(applied).as("migrations applied over all replicas").isEqualTo(2);
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            ResultSet history = statement.executeQuery(
                    "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL");
            history.next();
            assertThat(history.getInt(1)).isEqualTo(2);
            ResultSet rows = statement.executeQuery("SELECT count(*) FROM participants");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }
}
