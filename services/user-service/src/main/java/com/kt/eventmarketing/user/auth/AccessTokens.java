package com.kt.eventmarketing.user.auth;

import com.kt.eventmarketing.common.security.CurrentOwner;
import com.kt.eventmarketing.common.security.SecurityProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Issues the short-lived access tokens (ES256 JWTs) every service accepts. */
public class AccessTokens {

    private final JwtEncoder encoder;
    private final SecurityProperties security;
    private final Duration lifetime;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, SecurityProperties security, Duration lifetime, Clock clock) {
        this.encoder = encoder;
        this.security = security;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The claim that carries when the owner logged in (seconds since the epoch); renewals keep it. */
    public static final String AUTH_TIME_CLAIM = "auth_time";

    public IssuedToken issue(UUID userId, UUID storeId) {
        return issue(userId, storeId, clock.instant());
    }

    /** A token for a session that began with a login at {@code authTime}. */
    public IssuedToken issue(UUID userId, UUID storeId, Instant authTime) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(security.getIssuer())
                .audience(List.of(security.getAudience()))
                .subject(userId.toString())
                .claim(CurrentOwner.STORE_ID_CLAIM, storeId.toString())
                .claim(AUTH_TIME_CLAIM, authTime.getEpochSecond())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(lifetime))
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.ES256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, lifetime.toSeconds(), userId, storeId);
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A bearer token and how many seconds it lives. */
    public record IssuedToken(String accessToken, long expiresIn, UUID userId, UUID storeId) {}
}
