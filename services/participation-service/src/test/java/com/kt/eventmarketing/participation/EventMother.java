package com.kt.eventmarketing.participation;

import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.testing.TestTokens;
import com.kt.eventmarketing.common.testing.TopicWriter;
import com.kt.eventmarketing.contracts.Channel;
import com.kt.eventmarketing.contracts.StoreSnapshot;
import com.kt.eventmarketing.contracts.ai.BudgetLevel;
import com.kt.eventmarketing.contracts.ai.EventPlan;
import com.kt.eventmarketing.contracts.ai.PromotionType;
import com.kt.eventmarketing.contracts.event.EventEnded;
import com.kt.eventmarketing.contracts.event.EventPublished;
import com.kt.eventmarketing.contracts.event.Objective;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Marketing events as the event service announces them, and entries as the public page sends them. */
public final class EventMother {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private EventMother() {}

    /** An owner's store and a token for it. */
    public record Owner(UUID userId, UUID storeId, String token) {
        public static Owner fresh() {
            UUID userId = UUID.randomUUID();
            UUID storeId = UUID.randomUUID();
            return new Owner(userId, storeId, TestTokens.shared().issue(userId, storeId));
        }
    }

    public static LocalDate today() {
        return LocalDate.now(SEOUL);
    }

    public static EventPublished cafeEvent(Owner owner, LocalDate start, LocalDate end) {
        StoreSnapshot store = new StoreSnapshot(owner.storeId(), "카페 봄", "CAFE", "서울특별시 마포구 양화로 45", "서울", "마포구", 8000);
        EventPlan plan = new EventPlan(
                BudgetLevel.values()[0],
                "봄맞이 아메리카노 추첨",
                "참여하신 분 중 추첨으로 아메리카노를 드립니다.",
                PromotionType.values()[0],
                "20-30대 직장인",
                "아메리카노 1잔",
                4500,
                "QR 코드로 응모",
                start,
                end,
                List.of(Channel.INSTAGRAM, Channel.SMS),
                100,
                300_000,
                800_000,
                1.6,
                "봄 시즌 신규 고객 유치");
        return EventPublished.of(
                UUID.randomUUID(),
                owner.userId(),
                store,
                "봄맞이 아메리카노 추첨",
                "참여하신 분 중 추첨으로 아메리카노를 드립니다.",
                Objective.values()[0],
                start,
                end,
                List.of(Channel.INSTAGRAM, Channel.SMS),
                UUID.randomUUID(),
                "/api/v1/content/images/poster.png",
                plan);
    }

    /** Publishes an event open today and waits until the service has it. */
    public static UUID openEvent(JdbcTemplate jdbc, Owner owner) {
        return publish(jdbc, cafeEvent(owner, today().minusDays(1), today().plusDays(7)));
    }

    public static UUID publish(JdbcTemplate jdbc, EventPublished event) {
        TopicWriter.send(event, "/event-service");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM events WHERE event_id = ? AND published",
                                Integer.class,
                                event.eventId())
                        == 1);
        return event.eventId();
    }

    public static void end(JdbcTemplate jdbc, Owner owner, UUID eventId) {
        TopicWriter.send(EventEnded.of(eventId, owner.userId(), owner.storeId(), EventEnded.MANUAL), "/event-service");
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM events WHERE event_id = ? AND status = 'ENDED'",
                                Integer.class,
                                eventId)
                        == 1);
    }

    /** An entry body as the public page sends it. */
    public static Map<String, Object> entry(String name, String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("phoneNumber", phone);
        body.put("channel", "INSTAGRAM");
        body.put("privacyConsent", true);
        body.put("marketingConsent", false);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A distinct valid mobile number for entry {@code i}. */
    public static String phone(int i) {
        return String.format("010-%04d-%04d", 2000 + (i / 10_000) % 8000, i % 10_000);
    }

    public static String entriesPath(UUID eventId) {
        return "/api/v1/public/events/" + eventId + "/participants";
    }
}
