package com.kt.eventmarketing.participation;

import static com.kt.eventmarketing.participation.EventMother.entriesPath;
import static com.kt.eventmarketing.participation.EventMother.entry;
import static com.kt.eventmarketing.participation.EventMother.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.testing.TopicReader;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.contracts.participation.StoreVisitMarked;
import com.kt.eventmarketing.participation.EventMother.Owner;
import com.kt.eventmarketing.participation.consent.MarketingConsents;
import com.kt.eventmarketing.participation.events.ListedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ParticipationServiceTest
class EntryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    Api api;
    Owner owner;
    UUID eventId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        owner = Owner.fresh();
        eventId = EventMother.openEvent(jdbc, owner);
    }

    @Test
    void entersWithConsentsRecordedAndAnnouncesTheEntryWithoutPersonalData() {
        Api.Response entered = api.post(entriesPath(eventId), entry("홍길동", "010-1234-5678"), null);

        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(entered.json().path("entryNumber").asLong()).isEqualTo(1);
        assertThat(entered.text("name")).as("masked, for the confirmation").isEqualTo("홍*동");
        String participantId = entered.text("participantId");
        Map<String, Object> row =
                jdbc.queryForMap("SELECT * FROM participants WHERE participant_id = ?::uuid", participantId);
        assertThat(row.get("privacy_consent_version")).isEqualTo("2026-01");
        assertThat(row.get("privacy_consented_at")).isNotNull();
        assertThat(row.get("marketing_consent")).isEqualTo(false);
        assertThat(row.get("marketing_consent_version")).isNull();
        assertThat(row.get("channel")).isEqualTo("INSTAGRAM");

        ConsumerRecord<String, byte[]> message =
                TopicReader.firstWithKey(ParticipantRegistered.TOPIC, eventId.toString(), Duration.ofSeconds(20));
        JsonNode payload = JSON.readTree(message.value());
        assertThat(payload.path("participantId").asString()).isEqualTo(participantId);
        assertThat(payload.path("entryNumber").asLong()).isEqualTo(1);
        assertThat(payload.path("channel").asString()).isEqualTo("INSTAGRAM");
        String raw = new String(message.value(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("홍길동").doesNotContain("5678");
    }

    @Test
    void numbersEntriesOneByOne() {
        for (int i = 1; i <= 3; i++) {
            Api.Response entered = api.post(entriesPath(eventId), entry("참여자", EventMother.phone(i)), null);
            assertThat(entered.json().path("entryNumber").asLong()).isEqualTo(i);
        }
    }

    @Test
    void theSamePhoneWrittenDifferentlyIsTheSamePerson() {
        assertThat(api.post(entriesPath(eventId), entry("홍길동", "010-1234-5678"), null)
                        .status())
                .isEqualTo(201);

        for (String same : List.of("01012345678", "+82 10 1234 5678", "+82-10-1234-5678", "010 1234 5678")) {
            Api.Response again = api.post(entriesPath(eventId), entry("홍길동", same), null);
            assertThat(again.status()).as(same).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");
            assertThat(again.text("code")).isEqualTo("already-entered");
        }
    }

    @Test
    void concurrentDuplicatesGiveExactlyOneEntry() throws Exception {
        int attempts = 16;
        List<String> forms = List.of("010-9876-5432", "01098765432", "+82 10 9876 5432", "+821098765432");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String phone = forms.get(i % forms.size());
            calls.add(() -> {
                start.await();
                return api.post(entriesPath(eventId), entry("김민수", phone), null).status();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(attempts)) {
            List<Future<Integer>> futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participants WHERE event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
    }

    @Test
    void aBurstWrittenTogetherGivesEachEntryItsOwnAnswer() throws Exception {
        // 30 people, one submission sent 5 times over (its key), one phone tried with 5 different forms
        String retriedKey = "form-" + UUID.randomUUID();
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String phone = EventMother.phone(100 + i);
            calls.add(() -> api.post(entriesPath(eventId), entry("김민수", phone), null));
        }
        for (int i = 0; i < 5; i++) {
            calls.add(() -> api.post(
                    entriesPath(eventId), entry("이영희", "010-5555-0001"), null, Map.of("Idempotency-Key", retriedKey)));
            calls.add(() -> api.post(
                    entriesPath(eventId),
                    entry("박철수", "010-5555-0002"),
                    null,
                    Map.of("Idempotency-Key", "form-" + UUID.randomUUID())));
        }
        List<Api.Response> responses = concurrently(calls);

        List<Api.Response> retried = responses.subList(30, 40).stream()
                .filter(r -> r.toString().contains("이*희"))
                .toList();
        assertThat(responses.subList(0, 30))
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(retried).hasSize(5).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(retried.stream().map(r -> r.text("participantId")).distinct())
                .hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 409)).hasSize(4);
        assertThat(responses.stream()
                        .filter(r -> r.status() == 201)
                        .map(r -> r.text("participantId"))
                        .distinct())
                .hasSize(32);
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT entry_number) FROM participants WHERE event_id = ?",
                        Integer.class,
                        eventId))
                .isEqualTo(32);
        assertThat(TopicReader.recordsWithKey(
                        ParticipantRegistered.TOPIC, eventId.toString(), Duration.ofSeconds(20), Duration.ofSeconds(3)))
                .hasSize(32);
        // the outbox's completions are written in batches: nothing of the burst stays behind
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?",
                                Integer.class,
                                "%" + eventId + "%"))
                        .isZero());
    }

    @Test
    void anEntryThatCannotBeWrittenFailsAloneWithoutItsBatch() throws Exception {
        UUID broken = EventMother.openEvent(jdbc, owner);
        jdbc.execute("DROP SEQUENCE " + ListedEvent.entrySequenceOf(broken));
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID event = i % 4 == 0 ? broken : eventId;
            String phone = EventMother.phone(200 + i);
            calls.add(() -> api.post(entriesPath(event), entry("김민수", phone), null));
        }
        List<Api.Response> responses = concurrently(calls);

        for (int i = 0; i < 20; i++) {
            Api.Response r = responses.get(i);
            if (i % 4 == 0) {
                assertThat(r.status()).as(r.toString()).isEqualTo(500);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.toString()).doesNotContain("Exception", "sequence", "SQL");
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participants WHERE event_id = ?", Integer.class, eventId))
                .isEqualTo(15);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participants WHERE event_id = ?", Integer.class, broken))
                .isZero();
    }

    /** Sends all at once (each on its own thread, released together) and answers in the calls' order. */
    private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<T> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            List<Future<T>> futures = calls.stream()
                    .map(call -> pool.submit(() -> {
                        start.await();
                        return call.call();
                    }))
                    .toList();
            start.countDown();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
        }
        return results;
    }

    @Test
    void aRetriedSubmissionGetsItsOriginalAnswer() {
        Map<String, String> key = Map.of("Idempotency-Key", "form-" + UUID.randomUUID());
        Api.Response first = api.post(entriesPath(eventId), entry("홍길동", "010-2222-3333"), null, key);
        Api.Response retry = api.post(entriesPath(eventId), entry("홍길동", "010-2222-3333"), null, key);
        Api.Response otherSubmission = api.post(
                entriesPath(eventId),
                entry("홍길동", "010-2222-3333"),
                null,
                Map.of("Idempotency-Key", "form-" + UUID.randomUUID()));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("participantId")).isEqualTo(first.text("participantId"));
        assertThat(retry.json().path("entryNumber").asLong())
                .isEqualTo(first.json().path("entryNumber").asLong());
        assertThat(otherSubmission.status()).isEqualTo(409);
    }

    @Test
    void listsEveryInvalidFieldAtOnce() {
        Map<String, Object> bad = Map.of(
                "name", "<b>홍</b>",
                "phoneNumber", "02-123-4567",
                "channel", "TELEPATHY",
                "privacyConsent", false,
                "email", "not-an-email");

        Api.Response response = api.post(entriesPath(eventId), bad, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("name", "phoneNumber", "channel", "privacyConsent", "email");
    }

    @Test
    void rejectsEachInvalidInput() {
        Map<String, Object> valid = entry("홍길동", "010-3333-4444");
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("name", with(valid, "name", null));
        cases.put("name ", with(valid, "name", ""));
        cases.put("name  ", with(valid, "name", "가".repeat(31)));
        cases.put("name   ", with(valid, "name", "홍길동2"));
        cases.put("name    ", with(valid, "name", "=HYPERLINK(\"x\")"));
        cases.put("phoneNumber", with(valid, "phoneNumber", null));
        cases.put("phoneNumber ", with(valid, "phoneNumber", "010-1234-567"));
        cases.put("phoneNumber  ", with(valid, "phoneNumber", "070-1234-5678"));
        cases.put("phoneNumber   ", with(valid, "phoneNumber", "+1 415 555 0100"));
        cases.put("phoneNumber    ", with(valid, "phoneNumber", "010-1234-5678; DROP"));
        cases.put("privacyConsent", with(valid, "privacyConsent", null));
        cases.put("privacyConsent ", with(valid, "privacyConsent", false));
        cases.put("channel", with(valid, "channel", "FAX"));
        cases.put("email", with(valid, "email", "x@"));
        cases.put("email ", with(valid, "email", "a".repeat(250) + "@b.kr"));
        cases.put("website", with(valid, "website", "x".repeat(201)));
        cases.forEach((field, body) -> {
            Api.Response response = api.post(entriesPath(eventId), body, null);
            assertThat(response.status()).as(field + " " + body).isEqualTo(400);
            assertThat(response.json().path("errors").get(0).path("field").asString())
                    .isEqualTo(field.strip());
        });
        Api.Response badKey = api.post(entriesPath(eventId), valid, null, Map.of("Idempotency-Key", "a b"));
        assertThat(badKey.status()).isEqualTo(400);
        Api.Response notJson = api.post(entriesPath(eventId), "{\"name\": ", null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participants WHERE event_id = ?", Integer.class, eventId))
                .isZero();
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessButStoresNothing() {
        Api.Response bot = api.post(
                entriesPath(eventId), with(entry("홍길동", "010-4444-5555"), "website", "http://spam.example"), null);

        assertThat(bot.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM participants WHERE event_id = ?", Integer.class, eventId))
                .isZero();
        // the person behind the number can still enter
        Api.Response person = api.post(entriesPath(eventId), entry("홍길동", "010-4444-5555"), null);
        assertThat(person.status()).isEqualTo(201);
        // nothing in the bot's answer tells it apart: its id is time-ordered like every participant id
        assertThat(UUID.fromString(bot.text("participantId")).version())
                .isEqualTo(UUID.fromString(person.text("participantId")).version())
                .isEqualTo(7);
    }

    @Test
    void marketingConsentIsASeparateRecordAnnouncedOncePerStoreAndWithdrawnByOptOut() {
        Map<String, Object> consenting =
                with(with(entry("홍길동", "010-5555-6666"), "marketingConsent", true), "email", "Hong@Example.com");
        assertThat(api.post(entriesPath(eventId), consenting, null).status()).isEqualTo(201);
        UUID secondEvent = EventMother.openEvent(jdbc, owner);
        assertThat(api.post(entriesPath(secondEvent), consenting, null).status())
                .isEqualTo(201);

        String phoneIndex = cipher.blindIndex("01055556666", "phone");
        Map<String, Object> consent = jdbc.queryForMap(
                "SELECT * FROM marketing_consents WHERE store_id = ? AND phone_index = ?", owner.storeId(), phoneIndex);
        assertThat(consent.get("granted")).isEqualTo(true);
        assertThat(consent.get("wording_version")).isEqualTo("2026-01");
        assertThat(consent.get("granted_at")).isNotNull();

        String consentId = consent.get("consent_id").toString();
        List<ConsumerRecord<String, byte[]>> granted = TopicReader.recordsWithKey(
                MarketingConsentChanged.TOPIC, consentId, Duration.ofSeconds(20), Duration.ofSeconds(2));
        assertThat(granted).hasSize(1);
        JsonNode message = JSON.readTree(granted.getFirst().value());
        assertThat(message.path("granted").asBoolean()).isTrue();
        assertThat(message.path("phoneIndex").asString()).isEqualTo(phoneIndex);
        assertThat(cipher.decrypt(message.path("phoneCipher").asString(), "message.phone"))
                .isEqualTo("01055556666");
        assertThat(cipher.decrypt(message.path("emailCipher").asString(), "message.email"))
                .isEqualTo("hong@example.com");

        Api.Response optOut = api.post(
                "/api/v1/public/stores/" + owner.storeId() + "/marketing-opt-out",
                Map.of("phoneNumber", "+82 10 5555 6666"),
                null);
        assertThat(optOut.status()).isEqualTo(202);
        assertThat(jdbc.queryForObject(
                        "SELECT granted FROM marketing_consents WHERE consent_id = ?::uuid", Boolean.class, consentId))
                .isFalse();
        List<ConsumerRecord<String, byte[]>> all = TopicReader.recordsWithKey(
                MarketingConsentChanged.TOPIC, consentId, Duration.ofSeconds(20), Duration.ofSeconds(3));
        assertThat(all).hasSize(2);
        JsonNode withdrawn = JSON.readTree(all.get(1).value());
        assertThat(withdrawn.path("granted").asBoolean()).isFalse();
        assertThat(withdrawn.path("phoneCipher").isNull()).isTrue();
    }

    @Test
    void consentsOfABurstAreAnnouncedAsOneByOne() throws Exception {
        UUID secondEvent = EventMother.openEvent(jdbc, owner);
        // already consenting before the burst, and withdrawn before it
        Map<String, Object> known = with(entry("최지우", "010-6666-0001"), "marketingConsent", true);
        Map<String, Object> withdrawn = with(entry("강동원", "010-6666-0002"), "marketingConsent", true);
        assertThat(api.post(entriesPath(eventId), known, null).status()).isEqualTo(201);
        assertThat(api.post(entriesPath(eventId), withdrawn, null).status()).isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/public/stores/" + owner.storeId() + "/marketing-opt-out",
                                Map.of("phoneNumber", "010-6666-0002"),
                                null)
                        .status())
                .isEqualTo(202);

        // the burst: 20 new people entering both events of the store (often in one batch), the two above
        List<Callable<Api.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = with(entry("김민수", EventMother.phone(600 + i)), "marketingConsent", true);
            calls.add(() -> api.post(entriesPath(eventId), body, null));
            calls.add(() -> api.post(entriesPath(secondEvent), body, null));
        }
        calls.add(() -> api.post(entriesPath(secondEvent), known, null));
        calls.add(() -> api.post(entriesPath(secondEvent), withdrawn, null));
        assertThat(concurrently(calls))
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM marketing_consents WHERE store_id = ? AND granted",
                        Integer.class,
                        owner.storeId()))
                .isEqualTo(22);
        // a new person once, however many events; a consent already given not again; one withdrawn again
        String newcomer = MarketingConsents.consentId(
                        owner.storeId(),
                        cipher.blindIndex(EventMother.phone(600).replace("-", ""), "phone"))
                .toString();
        String knownId = MarketingConsents.consentId(owner.storeId(), cipher.blindIndex("01066660001", "phone"))
                .toString();
        String withdrawnId = MarketingConsents.consentId(owner.storeId(), cipher.blindIndex("01066660002", "phone"))
                .toString();
        Duration within = Duration.ofSeconds(20);
        Duration settle = Duration.ofSeconds(2);
        assertThat(TopicReader.recordsWithKey(MarketingConsentChanged.TOPIC, newcomer, within, settle))
                .hasSize(1);
        assertThat(TopicReader.recordsWithKey(MarketingConsentChanged.TOPIC, knownId, within, settle))
                .hasSize(1);
        assertThat(TopicReader.recordsWithKey(MarketingConsentChanged.TOPIC, withdrawnId, within, settle).stream()
                        .map(r -> JSON.readTree(r.value()).path("granted").asBoolean()))
                .containsExactly(true, false, true);
    }

    @Test
    void optOutAnswersTheSameForAnUnknownNumber() {
        Api.Response unknown = api.post(
                "/api/v1/public/stores/" + owner.storeId() + "/marketing-opt-out",
                Map.of("phoneNumber", "010-7777-0000"),
                null);

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(api.post("/api/v1/public/stores/" + owner.storeId() + "/marketing-opt-out", Map.of(), null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void refusingMarketingNeverBlocksTheEntry() {
        Api.Response entered =
                api.post(entriesPath(eventId), with(entry("홍길동", "010-6666-7777"), "marketingConsent", false), null);

        assertThat(entered.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM marketing_consents WHERE store_id = ?", Integer.class, owner.storeId()))
                .isZero();
    }

    @Test
    void theOwnerListsSearchesAndExportsParticipantsMasked() {
        api.post(entriesPath(eventId), entry("홍길동", "010-1234-5678"), null);
        api.post(entriesPath(eventId), with(entry("김철수", "010-8765-4321"), "channel", "STORE"), null);
        api.post(entriesPath(eventId), with(entry("=cmd", "010-1111-9999"), "channel", "SMS"), null);
        api.post(entriesPath(eventId), with(entry("이영희", "010-2222-9999"), "channel", "SMS"), null);

        Api.Response page = api.get("/api/v1/events/" + eventId + "/participants?page=0&size=2", owner.token());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().path("totalElements").asLong()).isEqualTo(3); // "=cmd" is not a name: 400
        assertThat(page.json().path("totalPages").asInt()).isEqualTo(2);
        JsonNode first = page.json().path("content").get(0);
        assertThat(first.path("name").asString()).isEqualTo("홍*동");
        assertThat(first.path("phoneNumber").asString()).isEqualTo("010-****-5678");
        assertThat(page.body()).doesNotContain("홍길동").doesNotContain("1234");

        Api.Response byDigits = api.get("/api/v1/events/" + eventId + "/participants?q=4321", owner.token());
        assertThat(byDigits.json().path("content")).hasSize(1);
        assertThat(byDigits.json().path("content").get(0).path("name").asString())
                .isEqualTo("김*수");
        Api.Response byName = api.get(
                "/api/v1/events/" + eventId + "/participants?q="
                        + java.net.URLEncoder.encode("이*", StandardCharsets.UTF_8),
                owner.token());
        assertThat(byName.json().path("content")).hasSize(1);
        Api.Response byChannel = api.get("/api/v1/events/" + eventId + "/participants?channel=SMS", owner.token());
        assertThat(byChannel.json().path("totalElements").asLong()).isEqualTo(1);

        String visitor =
                byDigits.json().path("content").get(0).path("participantId").asString();
        Api.Response marked = api.put(
                "/api/v1/events/" + eventId + "/participants/" + visitor + "/store-visit",
                Map.of("visited", true),
                owner.token());
        assertThat(marked.status()).isEqualTo(200);
        Api.Response visited = api.get("/api/v1/events/" + eventId + "/participants?storeVisited=true", owner.token());
        assertThat(visited.json().path("content")).hasSize(1);
        assertThat(visited.json().path("content").get(0).path("storeVisited").asBoolean())
                .isTrue();
        ConsumerRecord<String, byte[]> visitMessage =
                TopicReader.firstWithKey(StoreVisitMarked.TOPIC, eventId.toString(), Duration.ofSeconds(20));
        assertThat(JSON.readTree(visitMessage.value()).path("participantId").asString())
                .isEqualTo(visitor);

        Api.Response csv = api.get("/api/v1/events/" + eventId + "/participants.csv", owner.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        byte[] bytes = csv.bytes();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = csv.body();
        assertThat(text)
                .contains("응모번호")
                .contains("홍*동")
                .contains("010-****-5678")
                .contains("김*수");
        assertThat(text).doesNotContain("홍길동").doesNotContain("1234").doesNotContain("8765");
        assertThat(text.lines().count()).isEqualTo(4);
    }

    @Test
    void anotherStoresOwnerSeesNothing() {
        api.post(entriesPath(eventId), entry("홍길동", "010-1234-5678"), null);
        Owner stranger = Owner.fresh();

        assertThat(api.get("/api/v1/events/" + eventId + "/participants", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/events/" + eventId + "/participants.csv", stranger.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/events/" + eventId + "/participants", null).status())
                .isEqualTo(401);
    }

    @Test
    void noPlaintextPersonalDataAnywhereInTheDatabase() {
        api.post(
                entriesPath(eventId),
                with(with(entry("박보검", "010-4321-8765"), "marketingConsent", true), "email", "park@example.com"),
                null);

        // (4-digit fragments alone would match hex hashes and base64 ciphertexts by chance)
        List<String> needles = List.of(
                "01043218765", "010-4321-8765", "43218765", "4321-8765", "1043218765", "박보검", "보검", "park@example.com");
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type IN ('character varying', 'text', 'character', 'bytea')""");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String needle : needles) {
                Integer hits = jdbc.queryForObject(
                        "SELECT count(*) FROM \"" + table + "\" WHERE convert_from(convert_to(\"" + name
                                + "\"::text, 'UTF8'), 'UTF8') LIKE ?",
                        Integer.class,
                        "%" + needle + "%");
                assertThat(hits).as(table + "." + name + " contains " + needle).isZero();
            }
        }
        assertThat(jdbc.queryForList("SELECT phone_masked, name_masked FROM participants WHERE event_id = ?", eventId))
                .containsExactly(Map.of("phone_masked", "010-****-8765", "name_masked", "박*검"));
    }
}
