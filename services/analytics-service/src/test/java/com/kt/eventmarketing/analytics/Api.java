package com.kt.eventmarketing.analytics;

import com.kt.eventmarketing.common.testing.ServiceApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client of the running service, the way the edge or a browser talks to it. */
public final class Api extends ServiceApi {

    public Api(int port) {
        super(port);
    }

    /** Opens a Server-Sent Events stream; the events are read in the background until it is closed. */
    public EventStream stream(String path, String token) {
        HttpRequest request =
                request(path, token).header("Accept", "text/event-stream").GET().build();
        return new EventStream(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
    }
}
