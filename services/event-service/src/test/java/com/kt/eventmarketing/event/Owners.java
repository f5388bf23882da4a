package com.kt.eventmarketing.event;

import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.testing.TestTokens;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Store owners with tokens, as the user service would have signed them up. */
public final class Owners {

    private Owners() {}

    public record Owner(UUID userId, UUID storeId, String token) {}

    /** An owner whose sign-up (UserRegistered) the event service has received. */
    public static Owner registered(JdbcTemplate jdbc) {
        UUID userId = UUID.randomUUID();
        UUID storeId = UUID.randomUUID();
        Messages.send(UserRegistered.of(userId, cafe(storeId)), "user-service");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        jdbc.queryForObject("SELECT count(*) FROM stores WHERE store_id = ?", Integer.class, storeId)
                                == 1);
        return new Owner(userId, storeId, TestTokens.shared().issue(userId, storeId));
    }

    /** An owner who signed up a moment ago: their store has not been announced here yet. */
    public static Owner justSignedUp() {
        UUID userId = UUID.randomUUID();
        UUID storeId = UUID.randomUUID();
        return new Owner(userId, storeId, TestTokens.shared().issue(userId, storeId));
    }

    public static StoreSnapshot cafe(UUID storeId) {
        return new StoreSnapshot(storeId, "카페 봄", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8000);
    }
}
