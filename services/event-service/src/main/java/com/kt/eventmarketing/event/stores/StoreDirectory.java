package com.kt.eventmarketing.event.stores;

import static com.kt.eventmarketing.event.shared.UtcTimes.column;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stores as the user service announced them: the {@link StoreSnapshot} that AI, image and publish messages carry.
 * The token names only the store's id, so an owner acting before their store's announcement arrived (seconds after
 * sign-up) is told to try again in a moment rather than the platform guessing.
 */
@Service
public class StoreDirectory {

    private static final Logger log = LoggerFactory.getLogger(StoreDirectory.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(3);

    private final JdbcClient jdbc;
    private final Clock clock;

    StoreDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The store as last announced; 409 {@code store-not-ready} while its announcement has not arrived yet. */
    @Transactional(readOnly = true)
    public StoreSnapshot snapshotOf(UUID storeId) {
        return find(storeId).orElseThrow(() -> new StoreNotReady(storeId, RETRY_AFTER));
    }

    public Optional<StoreSnapshot> find(UUID storeId) {
        return jdbc.sql("SELECT store_id, store_name, industry, address, region, district, average_spend FROM stores"
                        + " WHERE store_id = :id")
                .param("id", storeId)
                .query((rs, n) -> new StoreSnapshot(
                        rs.getObject("store_id", UUID.class),
                        rs.getString("store_name"),
                        rs.getString("industry"),
                        rs.getString("address"),
                        rs.getString("region"),
                        rs.getString("district"),
                        rs.getLong("average_spend")))
                .optional();
    }

    @Transactional
    public void on(UserRegistered registered) {
        remember(registered.userId(), registered.store(), registered.occurredAt());
    }

    @Transactional
    public void on(StoreUpdated updated) {
        remember(updated.userId(), updated.store(), updated.occurredAt());
    }

    /** Keeps the newest announcement: one that happened before the stored one (it arrived late) changes nothing. */
    private void remember(UUID userId, StoreSnapshot store, Instant occurredAt) {
        if (store == null || store.storeId() == null || userId == null) {
            log.warn("Ignoring a store announcement without store or user id");
            return;
        }
        int changed = jdbc.sql("""
                        INSERT INTO stores (store_id, user_id, store_name, industry, address, region, district,
                                            average_spend, source_time, updated_at)
                        VALUES (:id, :user, :name, :industry, :address, :region, :district, :spend, :source, :now)
                        ON CONFLICT (store_id) DO UPDATE SET
                            user_id = EXCLUDED.user_id, store_name = EXCLUDED.store_name, industry = EXCLUDED.industry,
                            address = EXCLUDED.address, region = EXCLUDED.region, district = EXCLUDED.district,
                            average_spend = EXCLUDED.average_spend, source_time = EXCLUDED.source_time,
                            updated_at = EXCLUDED.updated_at
                        WHERE stores.source_time < EXCLUDED.source_time""")
                .param("id", store.storeId())
                .param("user", userId)
                .param("name", store.storeName())
                .param("industry", store.industry())
                .param("address", store.address())
                .param("region", store.region())
                .param("district", store.district())
                .param("spend", store.averageSpend())
                .param("source", column(occurredAt == null ? clock.instant() : occurredAt))
                .param("now", column(clock.instant()))
                .update();
        if (changed == 0) {
            log.debug("Store {} announcement of {} is older than the one kept", store.storeId(), occurredAt);
        }
    }

    /** 409: the store is not known here yet; it will be within seconds. */
    static final class StoreNotReady extends ProblemException {

        StoreNotReady(UUID storeId, Duration retryAfter) {
            super(
                    Kind.CONFLICT,
                    "store-not-ready",
                    "Your store " + storeId + " is still being set up (it was registered moments ago)."
                            + " Please try again in a moment. 매장 정보를 준비하고 있습니다. 잠시 후 다시 시도해 주세요.",
                    Map.of(),
                    retryAfter);
        }
    }
}
