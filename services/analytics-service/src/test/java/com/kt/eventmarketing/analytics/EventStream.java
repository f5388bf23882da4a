package com.kt.eventmarketing.analytics;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Server-Sent Events stream read the way a browser's EventSource does: named events and comments. */
public final class EventStream implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One event: its name and its data as JSON. */
    public record Event(String name, JsonNode data) {}

    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> all = new CopyOnWriteArrayList<>();
    private final AtomicInteger comments = new AtomicInteger();
    private volatile Stream<String> lines;

    EventStream(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
        response.thenAcceptAsync(r -> {
            lines = r.body();
            read(lines);
        });
    }

    public HttpResponse<Stream<String>> response() {
        return response.orTimeout(10, TimeUnit.SECONDS).join();
    }

    public int status() {
        return response().statusCode();
    }

    /** The next event, or null if none comes within {@code within}. */
    public Event next(Duration within) throws InterruptedException {
        return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<Event> received() {
        return all;
    }

    public int comments() {
        return comments.get();
    }

    private void read(Stream<String> body) {
        String[] name = {null};
        StringBuilder data = new StringBuilder();
        try {
            body.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        Event event = new Event(name[0], JSON.readTree(data.toString()));
                        all.add(event);
                        events.add(event);
                    }
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException closed) {
            // the stream was closed
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
    }
}
