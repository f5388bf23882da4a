package com.kt.eventmarketing.event.lifecycle;

import com.kt.eventmarketing.event.lifecycle.domain.Event;
import java.util.List;

/** One page of a store's events, newest first; {@code page} counts from 0. */
public record EventPage(List<Event> content, int page, int size, long totalElements) {

    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }
}
