/**
 * Embedded PostgreSQL, Redis and Kafka for the launcher and for the integration tests of every module: real
 * engines on loopback, an optional data directory that survives restarts, no installed services needed.
 */
@NullMarked
package com.kt.eventmarketing.common.embedded;

import org.jspecify.annotations.NullMarked;
