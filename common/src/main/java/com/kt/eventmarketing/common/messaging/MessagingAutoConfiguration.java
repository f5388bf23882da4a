package com.kt.eventmarketing.common.messaging;

import com.kt.eventmarketing.contracts.IntegrationEvent;
import com.kt.eventmarketing.contracts.Topics;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messaging of every service. Producer side: integration events published as application events
 * inside a transaction land in the outbox (Spring Modulith's publication registry) and are
 * externalized to their Kafka topic, keyed by aggregate id, with CloudEvents headers; failed sends
 * are resubmitted. Consumer side: the {@link Inbox} for exactly-once effects, retries with
 * exponential backoff, then the dead-letter topic.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"
        })
@ConditionalOnClass({KafkaOperations.class, EventExternalizationConfiguration.class, JdbcTemplate.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventExternalizationConfiguration cloudEventsExternalization(
            @Value("${spring.application.name:kt-event-marketing}") String source) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof IntegrationEvent)
                .route(
                        IntegrationEvent.class,
                        event -> RoutingTarget.forTarget(event.topic()).andKey(event.key()))
                .headers(IntegrationEvent.class, event -> CloudEventHeaders.of(event, source))
                .build();
    }

    @Bean
    @ConditionalOnBean({FailedEventPublications.class, JdbcTemplate.class})
    OutboxResubmitter outboxResubmitter(
            FailedEventPublications failed, JdbcTemplate jdbc, MessagingProperties properties) {
        return new OutboxResubmitter(failed, jdbc, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
    Inbox inbox(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            @Value("${spring.application.name:kt-event-marketing}") String consumer) {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new Inbox(jdbc, new TransactionTemplate(transactionManager), json, consumer);
    }

    /**
     * Batches the outbox's writes ({@link BatchedOutbox}): a transaction's publications in one INSERT,
     * completions in one delete; only with {@code completion-mode: delete} (the platform default), whose
     * completion is a delete that can be batched.
     */
    @Bean
    @ConditionalOnProperty(name = "spring.modulith.events.completion-mode", havingValue = "delete")
    @ConditionalOnProperty(name = "kt.messaging.batched-outbox", havingValue = "true", matchIfMissing = true)
    static BeanPostProcessor batchedOutbox(
            Environment environment, ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<EventSerializer> serializer) {
        Binder binder = Binder.get(environment);
        Duration flush =
                binder.bind("kt.messaging.completion-flush", Duration.class).orElse(Duration.ofMillis(20));
        Duration grace = binder.bind("kt.messaging.processing-mark-grace", Duration.class)
                .orElse(Duration.ofSeconds(1));
        PublicationInserts inserts = new PublicationInserts(jdbc::getObject, serializer::getObject);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof EventPublicationRepository repository && !(bean instanceof BatchedOutbox)
                        ? new BatchedOutbox(repository, inserts, flush, grace)
                        : bean;
            }
        };
    }

    /** Retries with exponential backoff; then the message goes to {@code <topic>.dlt}. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(KafkaOperations.class)
    DefaultErrorHandler deadLetteringErrorHandler(
            KafkaOperations<Object, Object> kafka, MessagingProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                kafka, (record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.getRetries());
        backOff.setInitialInterval(properties.getRetryInitialDelay().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.getRetryMaxDelay().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonMessageException.class);
        return handler;
    }

    /**
     * The outbox sends after commit on an executor thread: the trace context travels with the task, so
     * the Kafka send (and the consumer on the other side) stays in the trace of the request that
     * recorded the event instead of starting a new one.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.context.ContextSnapshotFactory")
    static class TracePropagation {

        @Bean
        @ConditionalOnMissingBean(TaskDecorator.class)
        TaskDecorator contextPropagatingTaskDecorator() {
            return new ContextPropagatingTaskDecorator();
        }
    }

    /** Creates every topic and its dead-letter topic up front, where the broker does not auto-create. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaAdmin.class)
    @ConditionalOnProperty(name = "kt.messaging.create-topics", havingValue = "true", matchIfMissing = true)
    static class TopicCreation {

        @Bean
        KafkaAdmin.NewTopics integrationTopics(
                @Value("${kt.messaging.partitions:3}") int partitions,
                @Value("${kt.messaging.replication-factor:1}") short replicas) {
            return new KafkaAdmin.NewTopics(Topics.all().keySet().stream()
                    .flatMap(topic -> java.util.stream.Stream.of(topic, Topics.deadLetter(topic)))
                    .map(topic -> new NewTopic(topic, partitions, replicas))
                    .toArray(NewTopic[]::new));
        }
    }
}
