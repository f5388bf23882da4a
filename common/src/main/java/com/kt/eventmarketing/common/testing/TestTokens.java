package com.kt.eventmarketing.common.testing;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens for tests of services other than the user service: an ES256 key pair, its JWKS
 * served on a loopback HTTP port (what {@code kt.security.jwk-set-uri} points at in
 * {@link UseEmbeddedEngines} tests), and tokens for any owner, shaped exactly like the user
 * service's.
 */
public final class TestTokens {

    private static TestTokens shared;

    private final ECKey key;
    private final HttpServer server;

    private TestTokens() {
        try {
            key = new ECKeyGenerator(Curve.P_256)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = new TestTokens();
        }
        return shared;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid 15-minute token of the owner. */
    public String issue(UUID userId, UUID storeId) {
        return sign(userId, storeId, Instant.now(), Duration.ofMinutes(15));
    }

    /** A token that expired a minute ago. */
    public String expired(UUID userId, UUID storeId) {
        return sign(userId, storeId, Instant.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(19));
    }

    private String sign(UUID userId, UUID storeId, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("kt-event-marketing")
                .audience(List.of("kt-event-marketing-api"))
                .subject(userId.toString())
                .claim(CurrentOwner.STORE_ID_CLAIM, storeId.toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
