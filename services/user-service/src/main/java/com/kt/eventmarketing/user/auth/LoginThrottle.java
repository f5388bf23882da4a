package com.kt.eventmarketing.user.auth;

import com.kt.eventmarketing.common.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Slows down password guessing, shared by all replicas through Redis. An account locks for
 * {@code lockDuration} after {@code maxFailures} wrong passwords within the window (423, even
 * with the right password then); a client address that fails too often across accounts gets 429.
 * Keys hold a hash of the e-mail, never the address itself. If Redis is away logins still work.
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final StringRedisTemplate redis;
    private final int maxFailures;
    private final int maxFailuresPerClient;
    private final Duration window;
    private final Duration lockDuration;

    LoginThrottle(
            StringRedisTemplate redis,
            int maxFailures,
            int maxFailuresPerClient,
            Duration window,
            Duration lockDuration) {
        this.redis = redis;
        this.maxFailures = maxFailures;
        this.maxFailuresPerClient = maxFailuresPerClient;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** Refuses the attempt outright when the account is locked or the client is blocked. */
    void checkAllowed(String email, String clientIp) {
        try {
            Long locked = redis.getExpire(lockKey(email));
            if (locked != null && locked > 0) {
                throw locked(Duration.ofSeconds(locked));
            }
            String clientFailures = redis.opsForValue().get(clientKey(clientIp));
            if (clientFailures != null && Long.parseLong(clientFailures) >= maxFailuresPerClient) {
                Long ttl = redis.getExpire(clientKey(clientIp));
                throw ProblemException.tooManyRequests(
                        "too-many-login-attempts",
                        "Too many failed logins from your network. Wait a while and try again.",
                        Duration.ofSeconds(ttl == null || ttl < 1 ? window.toSeconds() : ttl));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Login throttle unavailable, allowing the attempt: {}", e.toString());
        }
    }

    /** Counts a wrong password; locks the account when it was one too many. */
    void failed(String email, String clientIp) {
        try {
            Long failures = redis.opsForValue().increment(failureKey(email));
            if (failures != null && failures == 1) {
                redis.expire(failureKey(email), window);
            }
            Long clientFailures = redis.opsForValue().increment(clientKey(clientIp));
            if (clientFailures != null && clientFailures == 1) {
                redis.expire(clientKey(clientIp), window);
            }
            if (failures != null && failures >= maxFailures) {
                redis.opsForValue().set(lockKey(email), "1", lockDuration);
                redis.delete(failureKey(email));
                throw locked(lockDuration);
            }
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Login throttle unavailable, failure not counted: {}", e.toString());
        }
    }

    void succeeded(String email) {
        try {
            redis.delete(failureKey(email));
        } catch (RuntimeException e) {
            log.warn("Login throttle unavailable: {}", e.toString());
        }
    }

    private ProblemException locked(Duration retryAfter) {
        return ProblemException.locked(
                "account-locked",
                "This account is locked for " + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minute(s) after "
                        + maxFailures + " wrong passwords. Try again later.",
                retryAfter);
    }

    private static String failureKey(String email) {
        return "auth:login-failures:" + hash(email);
    }

    private static String lockKey(String email) {
        return "auth:login-lock:" + hash(email);
    }

    private static String clientKey(String clientIp) {
        return "auth:login-failures-ip:" + clientIp;
    }

    private static String hash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
