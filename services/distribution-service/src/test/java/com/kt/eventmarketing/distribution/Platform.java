package com.kt.eventmarketing.distribution;

import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.testing.TestTokens;
import com.kt.eventmarketing.common.testing.TopicWriter;
import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.participation.MarketingConsentChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** What the other services send this one, and the owner's view of the results, for the tests. */
public final class Platform {

    private final Api api;
    private final PersonalDataCipher cipher;

    public Platform(int port, PersonalDataCipher cipher) {
        this.api = new Api(port);
        this.cipher = cipher;
    }

    public Api api() {
        return api;
    }

    public static String token(UUID userId, UUID storeId) {
        return TestTokens.shared().issue(userId, storeId);
    }

    public static void send(IntegrationEvent event, String source) {
        TopicWriter.send(event, source);
    }

    /** A participant of the store gave marketing consent (as the participation service announces it). */
    public MarketingConsentChanged grant(UUID storeId, String phone, String email, Instant at) {
        MarketingConsentChanged granted = MarketingConsentChanged.granted(
                UUID.randomUUID(),
                storeId,
                cipher.blindIndex(phone, "phone"),
                cipher.encrypt(phone, "message.phone"),
                email == null ? null : cipher.encrypt(email, "message.email"),
                "2026-01",
                at);
        send(granted, "/participation-service");
        return granted;
    }

    public MarketingConsentChanged withdraw(UUID consentId, UUID storeId, String phone, Instant at) {
        MarketingConsentChanged withdrawn =
                MarketingConsentChanged.withdrawn(consentId, storeId, cipher.blindIndex(phone, "phone"), at);
        send(withdrawn, "/participation-service");
        return withdrawn;
    }

    public JsonNode status(UUID eventId, String token) {
        Api.Response response = api.get("/api/v1/distributions/events/" + eventId, token);
        return response.status() == 200 ? response.json() : null;
    }

    /** Waits until the owner's view of the event satisfies {@code condition}, and returns it. */
    public JsonNode awaitStatus(UUID eventId, String token, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    last[0] = status(eventId, token);
                    return last[0] != null && condition.test(last[0]);
                });
        return last[0];
    }

    public JsonNode awaitCompleted(UUID eventId, String token) {
        return awaitStatus(eventId, token, status -> status.path("completed").asBoolean());
    }

    public static JsonNode channel(JsonNode status, String channel) {
        for (JsonNode row : status.path("channels")) {
            if (row.path("channel").asString().equals(channel)) {
                return row;
            }
        }
        throw new AssertionError("no channel " + channel + " in " + status);
    }

    public JsonNode simulated(UUID eventId, String token) {
        return api.get("/api/v1/distributions/events/" + eventId + "/simulated", token)
                .json();
    }
}
