package com.kt.eventmarketing.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services the edge can reach: service name → base URL, from {@code kt.edge.services}.
 *
 * <p>Names are normalised to lower case with dashes, because the same service arrives in different
 * spellings: {@code kt.edge.services.user-service} from a command line or YAML, and from the
 * environment variable {@code KT_EDGE_SERVICES_USER_SERVICE} Spring Boot binds the map key {@code
 * user.service} (relaxed binding cannot tell a dash from a dot in an environment variable name).
 * {@code user.service}, {@code user_service} and {@code USER-SERVICE} therefore all mean {@code
 * user-service}. If two spellings of one service disagree, the dashed one wins. A blank value means
 * "not configured", so that an empty environment variable switches a service off.
 */
public final class EdgeServices {

    private static final Logger log = LoggerFactory.getLogger(EdgeServices.class);

    private final Map<String, URI> baseUrls;

    public EdgeServices(Map<String, String> configured) {
        var byName = new TreeMap<String, URI>();
        configured.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                // other spellings first, so that the dashed spelling is put last and wins
                .sorted(Comparator.comparing(entry -> normalise(entry.getKey()).equals(entry.getKey())))
                .forEach(entry -> {
                    String name = normalise(entry.getKey());
                    URI baseUrl = parseBaseUrl(name, entry.getValue().strip());
                    URI previous = byName.put(name, baseUrl);
                    if (previous != null && !previous.equals(baseUrl)) {
                        log.warn(
                                "kt.edge.services has two base URLs for {}: using {}, not {}", name, baseUrl, previous);
                    }
                });
        this.baseUrls = Collections.unmodifiableMap(byName);
    }

    /** The base URL of a service, if it is configured. */
    public Optional<URI> baseUrl(String service) {
        return Optional.ofNullable(baseUrls.get(service));
    }

    public boolean isConfigured(String service) {
        return baseUrls.containsKey(service);
    }

    /** Every configured service, by name, sorted by name. */
    public Map<String, URI> all() {
        return baseUrls;
    }

    static String normalise(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
    }

    private static URI parseBaseUrl(String service, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw invalid(service, value, e.getReason());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw invalid(service, value, "it must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw invalid(service, value, "it has no host");
        }
        // the proxy keeps the request's path, so a path in the base URL would be ignored silently
        boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath());
        if (hasPath || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(service, value, "it must be scheme, host and port only (no path or query)");
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority());
    }

    private static IllegalStateException invalid(String service, String value, String reason) {
        return new IllegalStateException(
                "kt.edge.services." + service + "=" + value + " is not a valid base URL: " + reason);
    }
}
