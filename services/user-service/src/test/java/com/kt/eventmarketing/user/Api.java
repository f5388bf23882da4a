package com.kt.eventmarketing.user;

import com.kt.eventmarketing.common.testing.ServiceApi;

/** A plain HTTP client of the running service, the way the edge or a browser talks to it. */
public final class Api extends ServiceApi {

    public Api(int port) {
        super(port);
    }
}
