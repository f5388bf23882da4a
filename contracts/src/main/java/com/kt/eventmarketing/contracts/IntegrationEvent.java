package com.kt.eventmarketing.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one service tells the others, sent as a CloudEvent with a JSON payload to its own versioned
 * topic and keyed by the id of the aggregate it is about.
 *
 * <p>{@link #messageId()} is the CloudEvents {@code id}: it is fixed when the fact is recorded, so a
 * redelivered message carries the same id and consumers can drop the duplicate.
 */
public interface IntegrationEvent {

    /** CloudEvents {@code id}, unique per fact, stable across redeliveries. */
    UUID messageId();

    /** CloudEvents {@code time}: when the fact happened. */
    Instant occurredAt();

    /** The versioned topic, e.g. {@code user.registered.v1}. */
    String topic();

    /** The Kafka record key and CloudEvents {@code subject}: the id of the aggregate. */
    String key();

    /** CloudEvents {@code type}, derived from the topic: {@code com.kt.eventmarketing.user.registered.v1}. */
    default String type() {
        return "com.kt.eventmarketing." + topic();
    }
}
