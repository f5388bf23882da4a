package com.kt.eventmarketing.web;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * The stand-ins for the services, one set per test JVM (so that the edge's Spring context, which
 * is configured with their ports, is built once for every test class).
 */
final class Services {

    static final WireMockServer USER = start();
    static final WireMockServer PARTICIPATION = start();
    static final WireMockServer EVENT = start();
    static final WireMockServer ANALYTICS = start();

    /** Configured, but nothing listens there: a service that is down. */
    static final String DOWN_BASE_URL = "http://127.0.0.1:" + unusedPort();

    static final List<WireMockServer> ALL = List.of(USER, PARTICIPATION, EVENT, ANALYTICS);

    private Services() {}

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(8)
                .jettyAcceptors(1));
        server.start();
        return server;
    }

    static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
