package com.kt.eventmarketing.event.stores;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import com.kt.eventmarketing.event.EventServiceTest;
import com.kt.eventmarketing.event.Messages;
import com.kt.eventmarketing.event.Owners;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stores as the user service announces them, kept for the messages that carry a store snapshot. */
@EventServiceTest
class StoresIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoreDirectory stores;

    @Test
    void keepsTheNewestAnnouncementOfAStoreWhateverOrderTheyArriveIn() {
        UUID userId = UUID.randomUUID();
        UUID storeId = UUID.randomUUID();
        Instant signUp = Instant.parse("2026-03-01T09:00:00Z");
        StoreSnapshot moved = new StoreSnapshot(storeId, "카페 봄 광안리점", "CAFE", "부산광역시 수영구 광안해변로 219", "부산", "수영구", 9000);
        StoreSnapshot renamed = new StoreSnapshot(storeId, "카페 봄 2호점", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8500);

        Messages.deliver(
                new UserRegistered(UUID.randomUUID(), signUp, userId, Owners.cafe(storeId)), "user-service", jdbc);
        Messages.deliver(
                new StoreUpdated(UUID.randomUUID(), signUp.plusSeconds(120), userId, moved), "user-service", jdbc);
        // an older change, delivered late
        Messages.deliver(
                new StoreUpdated(UUID.randomUUID(), signUp.plusSeconds(60), userId, renamed), "user-service", jdbc);

        StoreSnapshot kept = stores.find(storeId).orElseThrow();
        assertThat(kept).isEqualTo(moved);
    }

    @Test
    void aChangeMayArriveBeforeTheSignUp() {
        UUID userId = UUID.randomUUID();
        UUID storeId = UUID.randomUUID();
        Instant signUp = Instant.parse("2026-03-01T09:00:00Z");
        StoreSnapshot changed = new StoreSnapshot(storeId, "빵집 온기", "BAKERY", "대전광역시 중구 대종로 480", "대전", "중구", 6000);

        // different topics: the update can be consumed first
        Messages.deliver(
                new StoreUpdated(UUID.randomUUID(), signUp.plusSeconds(30), userId, changed), "user-service", jdbc);
        Messages.deliver(
                new UserRegistered(UUID.randomUUID(), signUp, userId, Owners.cafe(storeId)), "user-service", jdbc);

        assertThat(stores.find(storeId)).contains(changed);
        assertThat(jdbc.queryForObject("SELECT user_id FROM stores WHERE store_id = ?", UUID.class, storeId))
                .isEqualTo(userId);
    }
}
