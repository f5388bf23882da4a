package com.kt.eventmarketing.web.routing;

import com.kt.eventmarketing.web.errors.EdgeProblems;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** Turns a failed exchange with a service into a problem response: 503, 504 or 502. */
public final class ProxyFailures {

    private static final Logger log = LoggerFactory.getLogger(ProxyFailures.class);

    private ProxyFailures() {}

    public static ServerResponse toResponse(String service, Throwable error, ServerRequest request) {
        log.warn(
                "{} {} → {} failed: {} ({})",
                request.method(),
                request.requestPath().value(),
                service,
                error.getMessage(),
                rootCause(error).getClass().getSimpleName());
        if (isUnreachable(error)) {
            return EdgeProblems.serviceUnavailable(service, request);
        }
        if (hasCause(error, HttpTimeoutException.class) || hasCause(error, SocketTimeoutException.class)) {
            return EdgeProblems.gatewayTimeout(service, request);
        }
        return EdgeProblems.badGateway(service, request);
    }

    private static boolean isUnreachable(Throwable error) {
        return hasCause(error, ConnectException.class)
                || hasCause(error, HttpConnectTimeoutException.class)
                || hasCause(error, ConnectTimeoutException.class)
                || hasCause(error, NoRouteToHostException.class)
                || hasCause(error, UnknownHostException.class)
                || hasCause(error, UnresolvedAddressException.class);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
