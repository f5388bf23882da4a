package com.kt.eventmarketing.event.lifecycle.domain;

import java.util.List;

/** The outcome of asking an event to move on in its lifecycle: it moved, or the business said no and why. */
public sealed interface Transition {

    /** The event in its new state. */
    record Moved(Event event) implements Transition {}

    /**
     * The event cannot move now.
     *
     * @param code stable name of the reason, e.g. {@code event-incomplete}
     * @param missing what the owner still has to provide (publish), else empty
     */
    record Refused(String code, String detail, List<String> missing) implements Transition {

        public Refused {
            missing = List.copyOf(missing);
        }

        static Refused because(String code, String detail) {
            return new Refused(code, detail, List.of());
        }
    }
}
