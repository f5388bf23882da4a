package com.kt.eventmarketing.deploy.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.kt.eventmarketing.common.messaging.Inbox;
import com.kt.eventmarketing.common.testing.EmbeddedEngines;
import com.kt.eventmarketing.common.testing.EmbeddedEnginesExtension;
import com.kt.eventmarketing.contracts.participation.EntryChannel;
import com.kt.eventmarketing.contracts.participation.ParticipantRegistered;
import com.kt.eventmarketing.web.WebApplication;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One participation followed as one trace: the client's request through the real edge (the web
 * module, Spring Cloud Gateway) to a participation service, which records the entry and its
 * ParticipantRegistered through the platform's outbox (common's messaging, Spring Modulith) to
 * Kafka, where an analytics service receives it through the platform's inbox. The services here
 * are stand-ins with the real stack (common, Modulith, Kafka, PostgreSQL) and the configuration the
 * manifests set (Kafka observation on, W3C trace context); spans go to an in-memory exporter.
 */
@ExtendWith(EmbeddedEnginesExtension.class)
class TraceAcrossKafkaIT {

    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
    private static final Map<UUID, String> TRACE_OF_HANDLED_EVENT = new ConcurrentHashMap<>();

    private static final String NOT_FOR_SERVICES = String.join(
            ",",
            "org.springframework.cloud.gateway.",
            "org.springframework.cloud.autoconfigure.",
            "org.springframework.cloud.client.",
            "org.springframework.cloud.commons.",
            "org.springframework.cloud.configuration.",
            "org.springframework.boot.thymeleaf.");
    private static final String NOT_FOR_THE_EDGE = String.join(
            ",",
            "org.springframework.boot.jdbc.autoconfigure.",
            "org.springframework.boot.flyway.autoconfigure.",
            "org.springframework.boot.data.jdbc.autoconfigure.",
            "org.springframework.modulith.");

    private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();
    private static URI edge;

    @BeforeAll
    static void startEdgeAndServices() {
        EmbeddedEngines engines = EmbeddedEngines.shared();
        CONTEXTS.add(new SpringApplicationBuilder(AnalyticsStandIn.class)
                .web(WebApplicationType.NONE)
                .properties("spring.config.name=trace-analytics")
                .run(service(engines, "analytics-service", "trace_analytics")));
        ConfigurableApplicationContext participation = new SpringApplicationBuilder(ParticipationStandIn.class)
                .properties("spring.config.name=trace-participation")
                .run(service(engines, "participation-service", "trace_participation"));
        CONTEXTS.add(participation);
        ConfigurableApplicationContext web = new SpringApplicationBuilder(WebApplication.class, InMemorySpans.class)
                .properties("spring.config.name=web")
                .run(
                        "--server.port=0",
                        "--kt.edge.services.participation-service=http://localhost:" + port(participation),
                        "--" + ExcludedAutoConfigurations.PROPERTY + "=" + NOT_FOR_THE_EDGE,
                        "--management.tracing.sampling.probability=1.0",
                        "--management.opentelemetry.tracing.export.schedule-delay=100ms");
        CONTEXTS.add(web);
        edge = URI.create("http://localhost:" + port(web));
    }

    @AfterAll
    static void stop() {
        for (int i = CONTEXTS.size() - 1; i >= 0; i--) {
            CONTEXTS.get(i).close();
        }
    }

    @Test
    void oneParticipationIsOneTraceFromTheEdgeThroughKafkaToAnalytics() throws Exception {
        UUID eventId = UUID.randomUUID();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(edge.resolve("/api/v1/public/events/" + eventId + "/participants"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"김하나\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> TRACE_OF_HANDLED_EVENT.containsKey(eventId));
        String traceId = TRACE_OF_HANDLED_EVENT.get(eventId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<SpanData> trace = SPANS.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId))
                    .toList();
            Set<String> services = trace.stream()
                    .map(span -> span.getResource().getAttribute(SERVICE_NAME))
                    .collect(Collectors.toSet());
            assertThat(services).contains("web", "participation-service", "analytics-service");
            // the trace starts at the edge: its server span has no parent
            assertThat(trace)
                    .filteredOn(span -> !span.getParentSpanContext().isValid())
                    .singleElement()
                    .satisfies(root -> {
                        assertThat(root.getResource().getAttribute(SERVICE_NAME))
                                .isEqualTo("web");
                        assertThat(root.getKind()).isEqualTo(SpanKind.SERVER);
                    });
            assertThat(trace)
                    .filteredOn(span -> span.getKind() == SpanKind.PRODUCER)
                    .anySatisfy(send -> {
                        assertThat(send.getResource().getAttribute(SERVICE_NAME))
                                .isEqualTo("participation-service");
                        assertThat(send.getName()).contains(ParticipantRegistered.TOPIC);
                    });
            assertThat(trace)
                    .filteredOn(span -> span.getKind() == SpanKind.CONSUMER)
                    .anySatisfy(receive -> assertThat(receive.getResource().getAttribute(SERVICE_NAME))
                            .isEqualTo("analytics-service"));
        });
    }

    private static String[] service(EmbeddedEngines engines, String name, String database) {
        List<String> arguments = new ArrayList<>();
        engines.connectionProperties(database).forEach((key, value) -> arguments.add("--" + key + "=" + value));
        arguments.addAll(List.of(
                "--spring.application.name=" + name,
                "--server.port=0",
                "--spring.flyway.locations=classpath:db/migration/common",
                "--kt.security.jwk-set-uri=http://localhost:9/.well-known/jwks.json",
                "--" + ExcludedAutoConfigurations.PROPERTY + "=" + NOT_FOR_SERVICES,
                // what the manifests set (platform-config)
                "--spring.kafka.template.observation-enabled=true",
                "--spring.kafka.listener.observation-enabled=true",
                "--management.tracing.sampling.probability=1.0",
                "--management.opentelemetry.tracing.export.schedule-delay=100ms"));
        return arguments.toArray(String[]::new);
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** Every context exports its spans to the one in-memory exporter. */
    static class InMemorySpans {

        @Bean
        SpanExporter inMemorySpanExporter() {
            return new SpanExporter() {
                // the contexts shut their exporters down when they close: the shared one stays open
                @Override
                public io.opentelemetry.sdk.common.CompletableResultCode export(java.util.Collection<SpanData> spans) {
                    return SPANS.export(spans);
                }

                @Override
                public io.opentelemetry.sdk.common.CompletableResultCode flush() {
                    return SPANS.flush();
                }

                @Override
                public io.opentelemetry.sdk.common.CompletableResultCode shutdown() {
                    return io.opentelemetry.sdk.common.CompletableResultCode.ofSuccess();
                }
            };
        }

        /**
         * The outbox sends after commit on an executor thread: the observation (trace context) must
         * travel with the task, or the Kafka send starts a new trace. The services need this bean too
         * (see docs/operations.md, "Not done yet").
         */
        @Bean
        TaskDecorator contextPropagatingTaskDecorator() {
            return new ContextPropagatingTaskDecorator();
        }
    }

    /** A participation service: records an entry and publishes ParticipantRegistered through the outbox. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({InMemorySpans.class, Entries.class})
    static class ParticipationStandIn {}

    @RestController
    static class Entries {

        private final TransactionTemplate transactions;
        private final ApplicationEventPublisher events;

        Entries(TransactionTemplate transactions, ApplicationEventPublisher events) {
            this.transactions = transactions;
            this.events = events;
        }

        @PostMapping("/api/v1/public/events/{eventId}/participants")
        ResponseEntity<Map<String, Object>> register(@PathVariable UUID eventId) {
            ParticipantRegistered registered = transactions.execute(status -> {
                ParticipantRegistered event = ParticipantRegistered.of(
                        UUID.randomUUID(), eventId, UUID.randomUUID(), 1, EntryChannel.INSTAGRAM, false, Instant.now());
                events.publishEvent(event);
                return event;
            });
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("participantId", registered.participantId(), "entryNumber", 1));
        }
    }

    /** An analytics service: receives ParticipantRegistered through the inbox. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({InMemorySpans.class, Projection.class})
    static class AnalyticsStandIn {}

    static class Projection {

        private final Inbox inbox;
        private final Tracer tracer;

        Projection(Inbox inbox, Tracer tracer) {
            this.inbox = inbox;
            this.tracer = tracer;
        }

        @KafkaListener(topics = ParticipantRegistered.TOPIC)
        void on(ConsumerRecord<String, byte[]> record) {
            inbox.receive(
                    record,
                    ParticipantRegistered.class,
                    event -> TRACE_OF_HANDLED_EVENT.put(
                            event.eventId(), tracer.currentSpan().context().traceId()));
        }
    }
}
