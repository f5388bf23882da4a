package com.kt.eventmarketing.common.security;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Access tokens revoked before they expire (logout), shared by every service through Redis. An
 * entry lives exactly as long as the token would have, so the list never grows beyond the tokens
 * still alive.
 */
public class TokenDenylist {

    private static final Logger log = LoggerFactory.getLogger(TokenDenylist.class);
    private static final String PREFIX = "auth:denylist:";
    private static final String BEFORE_PREFIX = "auth:revoked-before:";

    private final StringRedisTemplate redis;

    public TokenDenylist(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public void revoke(String tokenId, Instant expiresAt) {
        Duration ttl = Duration.between(Instant.now(), expiresAt);
        if (!ttl.isNegative() && !ttl.isZero()) {
            redis.opsForValue().set(PREFIX + tokenId, "1", ttl.plusSeconds(1));
        }
    }

    /**
     * Revokes every token of {@code subject} issued before {@code instant} (password changed, account
     * compromised). Kept as long as a token issued just before can live.
     */
    public void revokeIssuedBefore(String subject, Instant instant, Duration tokenLifetime) {
        redis.opsForValue()
                .set(BEFORE_PREFIX + subject, Long.toString(instant.getEpochSecond()), tokenLifetime.plusMinutes(1));
    }

    /** Whether the token (by id, subject and issue time) was revoked; see {@link #isRevoked(String)}. */
    public boolean isRevoked(String tokenId, String subject, Instant issuedAt) {
        if (tokenId != null && isRevoked(tokenId)) {
            return true;
        }
        if (subject == null || issuedAt == null) {
            return false;
        }
        try {
            String before = redis.opsForValue().get(BEFORE_PREFIX + subject);
            return before != null && issuedAt.getEpochSecond() < Long.parseLong(before);
        } catch (RuntimeException e) {
            log.warn(
                    "Token denylist unavailable, accepting token of {} on its signature and expiry: {}",
                    subject,
                    e.toString());
            return false;
        }
    }

    /**
     * Whether the token was revoked. If Redis cannot be asked, the token counts as live: tokens are
     * short-lived and an outage of the cache must not log every owner out; the failure is logged.
     */
    public boolean isRevoked(String tokenId) {
        try {
            return Boolean.TRUE.equals(redis.hasKey(PREFIX + tokenId));
        } catch (RuntimeException e) {
            log.warn(
                    "Token denylist unavailable, accepting token {} on its signature and expiry: {}",
                    tokenId,
                    e.toString());
            return false;
        }
    }
}
