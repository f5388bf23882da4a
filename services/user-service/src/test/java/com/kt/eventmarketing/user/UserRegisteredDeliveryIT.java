package com.kt.eventmarketing.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.kt.eventmarketing.common.embedded.EmbeddedKafkaEngine;
import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.common.testing.TopicReader;
import com.kt.eventmarketing.contracts.user.StoreUpdated;
import com.kt.eventmarketing.contracts.user.UserRegistered;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The outbox: registration commits even while Kafka is down, and the message arrives once it is back. */
@UserServiceTest
class UserRegisteredDeliveryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void userRegisteredReachesKafkaExactlyOnceAsACloudEvent() {
        Api api = new Api(port);
        Api.Response registered = api.post("/api/v1/users/register", OwnerMother.cafeOwner(), null);
        assertThat(registered.status()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(
                UserRegistered.TOPIC, registered.text("userId"), Duration.ofSeconds(20), Duration.ZERO);

        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.getFirst();
        JsonNode payload = JSON.readTree(record.value());
        JsonNode store = payload.path("store");
        assertThat(store.path("storeId").asString()).isEqualTo(registered.text("storeId"));
        assertThat(store.path("region").asString()).isEqualTo("서울");
        assertThat(store.path("district").asString()).isEqualTo("마포구");
        assertThat(store.path("averageSpend").asLong()).isEqualTo(8000);
        assertThat(payload.has("phoneNumber")).as("no contact data in messages").isFalse();
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("com.kt.eventmarketing.user.registered.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/user-service");
        assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(registered.text("userId"));
        assertThat(TopicReader.header(record, "ce_id"))
                .isEqualTo(payload.path("messageId").asString());
    }

    @Test
    void registrationSucceedsWhileKafkaIsDownAndTheMessageArrivesOnceItIsBack() {
        EmbeddedKafkaEngine kafka = EmbeddedEngines.shared().kafka();
        Api api = new Api(port);
        Api.Response registered;
        long took;
        kafka.stop();
        try {
            long start = System.nanoTime();
            registered = api.post("/api/v1/users/register", OwnerMother.cafeOwner(), null);
            took = (System.nanoTime() - start) / 1_000_000;
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            // the owner can use the account at once: the broker is not on the request's path
            assertThat(api.get("/api/v1/users/me", registered.text("accessToken"))
                            .status())
                    .isEqualTo(200);
        } finally {
            kafka.restart();
        }
        assertThat(took).as("registration must not wait for the broker").isLessThan(5_000);

        // after the first arrival, keep reading through several resubmission rounds to catch a duplicate
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(
                UserRegistered.TOPIC, registered.text("userId"), Duration.ofSeconds(40), Duration.ofSeconds(8));

        assertThat(records).hasSize(1);
    }

    @Test
    void aChangedStoreIsAnnouncedWithItsNewRegion() {
        Api api = new Api(port);
        Api.Response registered = api.post("/api/v1/users/register", OwnerMother.cafeOwner(), null);
        Api.Response updated = api.put(
                "/api/v1/users/me",
                Map.of(
                        "name", "김사장",
                        "phoneNumber", "010-1234-5678",
                        "storeName", "카페 봄 광안리점",
                        "industry", "CAFE",
                        "address", "부산광역시 수영구 광안해변로 219",
                        "averageSpend", 9000),
                registered.text("accessToken"));
        assertThat(updated.status()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(
                StoreUpdated.TOPIC, registered.text("storeId"), Duration.ofSeconds(20), Duration.ZERO);

        assertThat(records).hasSize(1);
        JsonNode payload = JSON.readTree(records.getFirst().value());
        assertThat(payload.path("store").path("region").asString()).isEqualTo("부산");
        assertThat(payload.path("store").path("storeName").asString()).isEqualTo("카페 봄 광안리점");
    }
}
