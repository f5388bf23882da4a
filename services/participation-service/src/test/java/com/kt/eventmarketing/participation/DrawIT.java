package com.kt.eventmarketing.participation;

import static com.kt.eventmarketing.participation.EventMother.entriesPath;
import static com.kt.eventmarketing.participation.EventMother.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.testing.TopicReader;
import com.kt.eventmarketing.contracts.participation.WinnersDrawn;
import com.kt.eventmarketing.participation.EventMother.Owner;
import com.kt.eventmarketing.participation.draw.domain.EntryList;
import com.kt.eventmarketing.participation.draw.domain.MasterSeed;
import com.kt.eventmarketing.participation.draw.domain.WeightedDraw;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ParticipationServiceTest
class DrawIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ENTRIES = 30;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    Api api;
    Owner owner;
    UUID eventId;
    String commitment;
    List<String> participantIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        owner = Owner.fresh();
        eventId = EventMother.openEvent(jdbc, owner);
        commitment = api.get("/api/v1/public/events/" + eventId, null).text("seedCommitment");
        for (int i = 1; i <= ENTRIES; i++) {
            Api.Response entered = api.post(entriesPath(eventId), entry("참여자", EventMother.phone(i)), null);
            assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
            participantIds.add(entered.text("participantId"));
        }
        for (int i = 0; i < 5; i++) {
            api.put(
                    "/api/v1/events/" + eventId + "/participants/" + participantIds.get(i) + "/store-visit",
                    null,
                    owner.token());
        }
    }

    private Api.Response draw(int winners, int weight, boolean exclude) {
        return api.post(
                "/api/v1/events/" + eventId + "/draws",
                Map.of("winnerCount", winners, "storeVisitWeight", weight, "excludePreviousWinners", exclude),
                owner.token());
    }

    @Test
    void winnersAreDrawnOnlyOnceTheEntriesAreFinal() {
        Api.Response early = draw(3, 2, false);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("entries-still-open");
    }

    @Test
    void anyoneCanRecomputeTheWinnersFromTheRevealedSeedAndThePublishedEntryList(@TempDir Path dir) throws Exception {
        EventMother.end(jdbc, owner, eventId);

        Api.Response drawn = draw(3, 3, false);

        assertThat(drawn.status()).as(drawn.toString()).isEqualTo(201);
        JsonNode result = drawn.json();
        assertThat(result.path("drawNumber").asInt()).isEqualTo(1);
        assertThat(result.path("seedCommitment").asString()).isEqualTo(commitment);
        MasterSeed master = MasterSeed.ofHex(result.path("masterSeed").asString());
        assertThat(master.commitment()).isEqualTo(commitment);
        assertThat(result.path("seed").asString()).isEqualTo(master.forDraw(1).hex());
        assertThat(result.path("entryCount").asInt()).isEqualTo(ENTRIES);

        Api.Response published = api.get("/api/v1/public/events/" + eventId + "/draws/1/entries.csv", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(MasterSeed.sha256Hex(published.bytes()))
                .isEqualTo(result.path("entryListHash").asString());
        EntryList entries = EntryList.parse(published.body());
        assertThat(published.body()).startsWith("1,3\n").contains("\n6,1\n");
        List<Long> recomputed = WeightedDraw.draw(master.forDraw(1), entries, 3).stream()
                .map(WeightedDraw.Pick::entryNumber)
                .toList();
        assertThat(result.path("winners")
                        .valueStream()
                        .map(w -> w.path("entryNumber").asLong())
                        .toList())
                .isEqualTo(recomputed);

        // the shipped single-file verifier agrees
        Path csv = Files.write(dir.resolve("entries.csv"), published.bytes());
        Process verify = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "../../docs/participation/Verify.java",
                        commitment,
                        master.hex(),
                        "1",
                        result.path("entryListHash").asString(),
                        "3",
                        csv.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor()).as(output).isZero();
        assertThat(output).contains("seed commitment   OK").contains("entry list hash   OK");
        for (int rank = 1; rank <= 3; rank++) {
            assertThat(output).contains("\n" + rank + " " + recomputed.get(rank - 1) + " ");
        }
    }

    @Test
    void redrawsKeepTheHistoryAndCanExcludeEarlierWinners() {
        EventMother.end(jdbc, owner, eventId);

        Api.Response first = draw(5, 1, false);
        Api.Response second = draw(5, 1, true);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("drawNumber").asInt()).isEqualTo(2);
        assertThat(second.json().path("entryCount").asInt()).isEqualTo(ENTRIES - 5);
        assertThat(second.text("masterSeed")).isEqualTo(first.text("masterSeed"));
        assertThat(second.text("seed")).isNotEqualTo(first.text("seed"));
        Set<Long> firstWinners = entryNumbers(first.json());
        Set<Long> secondWinners = entryNumbers(second.json());
        assertThat(secondWinners).doesNotContainAnyElementsOf(firstWinners);

        Api.Response history = api.get("/api/v1/events/" + eventId + "/draws", owner.token());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        assertThat(entryNumbers(history.json().get(0))).isEqualTo(firstWinners);
        assertThat(history.json()
                        .get(0)
                        .path("winners")
                        .get(0)
                        .path("participantId")
                        .asString())
                .isNotBlank();

        List<ConsumerRecord<String, byte[]>> messages = TopicReader.recordsWithKey(
                WinnersDrawn.TOPIC, eventId.toString(), Duration.ofSeconds(20), Duration.ofSeconds(2));
        assertThat(messages).hasSize(2);
        JsonNode message = JSON.readTree(messages.getFirst().value());
        assertThat(message.path("drawNumber").asInt()).isEqualTo(1);
        assertThat(message.path("storeName").asString()).isEqualTo("카페 봄");
        assertThat(message.path("prize").asString()).isEqualTo("아메리카노 1잔");
        JsonNode winner = message.path("winners").get(0);
        assertThat(winner.path("maskedName").asString()).isEqualTo("참*자");
        String phone = cipher.decrypt(winner.path("phoneCipher").asString(), "message.phone");
        assertThat(phone).matches("010\\d{8}");
        assertThat(new String(messages.getFirst().value(), StandardCharsets.UTF_8))
                .doesNotContain(phone);
    }

    @Test
    void thePublicWinnersListIsMasked() {
        EventMother.end(jdbc, owner, eventId);
        draw(3, 2, false);

        Api.Response winners = api.get("/api/v1/public/events/" + eventId + "/winners", null);

        assertThat(winners.status()).isEqualTo(200);
        JsonNode draw = winners.json().get(0);
        assertThat(draw.path("seedCommitment").asString()).isEqualTo(commitment);
        assertThat(draw.path("masterSeed").asString()).hasSize(64);
        JsonNode first = draw.path("winners").get(0);
        assertThat(first.path("name").asString()).isEqualTo("참*자");
        assertThat(first.path("phoneNumber").asString()).matches("010-\\*\\*\\*\\*-\\d{4}");
        assertThat(first.path("participantId").isNull()).isTrue();
        assertThat(api.get("/api/v1/public/events/" + UUID.randomUUID() + "/winners", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theOwnerRevealsOneWinnersNumberAndTheRevealIsAudited() {
        EventMother.end(jdbc, owner, eventId);
        JsonNode drawn = draw(1, 1, false).json();
        String winnerId = drawn.path("winners").get(0).path("participantId").asString();
        String loserId = participantIds.stream()
                .filter(id -> !id.equals(winnerId))
                .findFirst()
                .orElseThrow();

        Api.Response revealed = api.post(
                "/api/v1/events/" + eventId + "/participants/" + winnerId + "/phone-reveal",
                Map.of("reason", "경품 전달 연락"),
                owner.token());

        assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
        assertThat(revealed.text("phoneNumber")).matches("010-\\d{4}-\\d{4}");
        Map<String, Object> audit =
                jdbc.queryForMap("SELECT * FROM phone_reveals WHERE participant_id = ?::uuid", winnerId);
        assertThat(audit.get("revealed_by")).isEqualTo(owner.userId());
        assertThat(audit.get("reason")).isEqualTo("경품 전달 연락");
        assertThat(audit.get("client_ip")).isNotNull();
        assertThat(audit.get("revealed_at")).isNotNull();

        assertThat(api.post(
                                "/api/v1/events/" + eventId + "/participants/" + loserId + "/phone-reveal",
                                Map.of("reason", "궁금해서"),
                                owner.token())
                        .status())
                .as("only winners")
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/events/" + eventId + "/participants/" + winnerId + "/phone-reveal",
                                Map.of("reason", "x"),
                                Owner.fresh().token())
                        .status())
                .as("only the owner")
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/events/" + eventId + "/participants/" + winnerId + "/phone-reveal",
                                Map.of(),
                                owner.token())
                        .status())
                .as("a reason is required")
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM phone_reveals WHERE event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
    }

    @Test
    void rejectsInvalidDrawRequestsAndOtherOwners() {
        EventMother.end(jdbc, owner, eventId);

        Api.Response invalid = api.post(
                "/api/v1/events/" + eventId + "/draws",
                Map.of("winnerCount", 0, "storeVisitWeight", 101),
                owner.token());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors")).hasSize(2);
        assertThat(api.post(
                                "/api/v1/events/" + eventId + "/draws",
                                Map.of("winnerCount", 1),
                                Owner.fresh().token())
                        .status())
                .isEqualTo(404);
    }

    private static Set<Long> entryNumbers(JsonNode draw) {
        Set<Long> numbers = new HashSet<>();
        draw.path("winners").forEach(w -> numbers.add(w.path("entryNumber").asLong()));
        return numbers;
    }
}
