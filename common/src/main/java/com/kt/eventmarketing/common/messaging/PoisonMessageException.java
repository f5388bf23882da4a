package com.kt.eventmarketing.common.messaging;

/**
 * A message no retry can ever process (not a CloudEvent, unreadable payload): it goes straight to
 * the dead-letter topic.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
