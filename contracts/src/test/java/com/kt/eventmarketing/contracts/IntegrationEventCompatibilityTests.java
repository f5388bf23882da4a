package com.kt.eventmarketing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every topic has a recorded sample of its JSON form. A payload change that breaks the sample breaks
 * consumers already deployed: give the change a new topic version instead.
 */
class IntegrationEventCompatibilityTests {

    // configured like the consumers' reader in common: tolerant of fields added later
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<String> topics() {
        return Topics.all().keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void recordedSampleRoundTripsUnchanged(String topic) throws IOException {
        String sample = sample(topic);
        Class<? extends IntegrationEvent> type = Topics.payloadType(topic).orElseThrow();

        IntegrationEvent event = json.readValue(sample, type);
        JsonNode written = json.readTree(json.writeValueAsString(event));

        assertThat(written).isEqualTo(json.readTree(sample));
        assertThat(event.topic()).isEqualTo(topic);
        assertThat(event.type()).isEqualTo("com.kt.eventmarketing." + topic);
        assertThat(event.key()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void readersIgnoreFieldsAddedLater(String topic) throws IOException {
        String sample = sample(topic).replaceFirst("\\{", "{\"addedInALaterMinorVersion\": true,");
        Class<? extends IntegrationEvent> type = Topics.payloadType(topic).orElseThrow();

        IntegrationEvent event = json.readValue(sample, type);

        assertThat(event.messageId()).isNotNull();
    }

    private static String sample(String topic) throws IOException {
        try (InputStream in =
                IntegrationEventCompatibilityTests.class.getResourceAsStream("/contracts/" + topic + ".json")) {
            assertThat(in).as("a recorded sample for " + topic).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
