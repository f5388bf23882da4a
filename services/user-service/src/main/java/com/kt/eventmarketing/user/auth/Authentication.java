package com.kt.eventmarketing.user.auth;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.TokenDenylist;
import com.kt.eventmarketing.user.account.AccountManagement;
import com.kt.eventmarketing.user.account.Credentials;
import com.kt.eventmarketing.user.auth.AccessTokens.IssuedToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Login (with throttling), logout (the token really stops working) and password changes. */
@Service
public class Authentication {

    private final AccountManagement accounts;
    private final PasswordEncoder passwords;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;
    private final TokenDenylist denylist;
    private final SigningKeys keys;
    private final Duration sessionLifetime;
    private final Clock clock;
    // compared against when the e-mail is unknown, so both cases take as long (no account probing)
    private final String decoyHash;

    Authentication(
            AccountManagement accounts,
            PasswordEncoder passwords,
            AccessTokens tokens,
            LoginThrottle throttle,
            TokenDenylist denylist,
            SigningKeys keys,
            @Value("${kt.user.session-lifetime:12h}") Duration sessionLifetime,
            Clock clock) {
        this.keys = keys;
        this.sessionLifetime = sessionLifetime;
        this.clock = clock;
        this.accounts = accounts;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.denylist = denylist;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    public IssuedToken login(String email, String password, String clientIp) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        throttle.checkAllowed(key, clientIp);
        Optional<Credentials> credentials = accounts.credentials(key);
        boolean matches = passwords.matches(
                password == null ? "" : password,
                credentials.map(Credentials::passwordHash).orElse(decoyHash));
        if (credentials.isEmpty() || !matches) {
            throttle.failed(key, clientIp);
            throw ProblemException.unauthorized("bad-credentials", "The e-mail address or password is wrong.");
        }
        throttle.succeeded(key);
        return tokens.issue(credentials.get().userId(), credentials.get().storeId());
    }

    public IssuedToken tokenFor(UUID userId, UUID storeId) {
        return tokens.issue(userId, storeId);
    }

    /**
     * A fresh token for the same session: the web app renews its cookie with this before the token expires. The
     * session (counted from its login, the {@code auth_time} claim) lasts at most {@code kt.user.session-lifetime};
     * after that, or for a token without the claim, the owner logs in again. The caller's token has already been
     * verified, and checked against the denylist, by the resource server.
     */
    public IssuedToken renew(UUID userId, UUID storeId, Object authTimeClaim) {
        Instant authTime = authTimeClaim instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
        if (authTime == null || !clock.instant().isBefore(authTime.plus(sessionLifetime))) {
            throw ProblemException.unauthorized("session-expired", "The session has expired: log in again.");
        }
        return tokens.issue(userId, storeId, authTime);
    }

    /** The JWKS document of the keys tokens are signed with. */
    public java.util.Map<String, Object> publicKeys() {
        return keys.publicKeys().toJSONObject(true);
    }

    public void logout(String tokenId, Instant expiresAt) {
        denylist.revoke(tokenId, expiresAt);
    }

    /** Changes the password; every token issued before stops working. */
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        Instant changedAt = accounts.changePassword(userId, currentPassword, newPassword);
        denylist.revokeIssuedBefore(userId.toString(), changedAt, tokens.lifetime());
    }
}
