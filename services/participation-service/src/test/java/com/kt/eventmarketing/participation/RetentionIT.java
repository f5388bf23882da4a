package com.kt.eventmarketing.participation;

import static com.kt.eventmarketing.participation.EventMother.entriesPath;
import static com.kt.eventmarketing.participation.EventMother.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.participation.EventMother.Owner;
import com.kt.eventmarketing.participation.retention.PersonalDataRetention;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@ParticipationServiceTest
class RetentionIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataRetention retention;

    @Test
    void destroysPersonalDataAfterTheRetentionPeriodButKeepsUndeliveredWinnersAndCounts() {
        Api api = new Api(port);
        Owner owner = Owner.fresh();
        UUID eventId = EventMother.openEvent(jdbc, owner);
        for (int i = 1; i <= 6; i++) {
            api.post(
                    entriesPath(eventId),
                    EventMother.with(entry("홍길동", EventMother.phone(100 + i)), "marketingConsent", i == 1),
                    null);
        }
        EventMother.end(jdbc, owner, eventId);
        JsonNode drawn = api.post("/api/v1/events/" + eventId + "/draws", Map.of("winnerCount", 2), owner.token())
                .json();
        String delivered = drawn.path("winners").get(0).path("participantId").asString();
        String waiting = drawn.path("winners").get(1).path("participantId").asString();
        assertThat(api.put(
                                "/api/v1/events/" + eventId + "/participants/" + delivered + "/prize-delivered",
                                null,
                                owner.token())
                        .status())
                .isEqualTo(204);
        Instant ended = jdbc.queryForObject(
                        "SELECT ended_at FROM events WHERE event_id = ?", java.sql.Timestamp.class, eventId)
                .toInstant();

        retention.destroyExpired(ended.plus(Duration.ofDays(29)));
        assertThat(withPersonalData(eventId))
                .as("within the retention period nothing goes")
                .isEqualTo(6);

        retention.destroyExpired(ended.plus(Duration.ofDays(31)));

        assertThat(withPersonalData(eventId)).isEqualTo(1);
        Map<String, Object> kept =
                jdbc.queryForMap("SELECT * FROM participants WHERE participant_id = ?::uuid", waiting);
        assertThat(kept.get("phone_cipher")).isNotNull();
        assertThat(kept.get("personal_data_destroyed_at")).isNull();
        Map<String, Object> gone =
                jdbc.queryForMap("SELECT * FROM participants WHERE participant_id = ?::uuid", delivered);
        assertThat(gone.get("name_cipher")).isNull();
        assertThat(gone.get("phone_cipher")).isNull();
        assertThat(gone.get("phone_index")).isNull();
        assertThat(gone.get("phone_masked")).isNull();
        assertThat(gone.get("name_masked")).isNull();
        assertThat(gone.get("entry_number")).isNotNull();
        assertThat(gone.get("channel")).isEqualTo("INSTAGRAM");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participants WHERE event_id = ?", Integer.class, eventId))
                .as("totals stay true")
                .isEqualTo(6);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM marketing_consents WHERE store_id = ? AND granted",
                        Integer.class,
                        owner.storeId()))
                .as("marketing consent ends by opt-out, not by event retention")
                .isEqualTo(1);
        Api.Response list = api.get("/api/v1/events/" + eventId + "/participants", owner.token());
        assertThat(list.json().path("totalElements").asLong()).isEqualTo(6);

        // the waiting winner goes on the next sweep after delivery
        api.put("/api/v1/events/" + eventId + "/participants/" + waiting + "/prize-delivered", null, owner.token());
        retention.destroyExpired(ended.plus(Duration.ofDays(31)));
        assertThat(withPersonalData(eventId)).isZero();
        assertThat(api.post(
                                "/api/v1/events/" + eventId + "/participants/" + waiting + "/phone-reveal",
                                Map.of("reason", "경품 전달"),
                                owner.token())
                        .status())
                .isEqualTo(410);
    }

    private int withPersonalData(UUID eventId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM participants WHERE event_id = ? AND phone_cipher IS NOT NULL",
                Integer.class,
                eventId);
    }
}
