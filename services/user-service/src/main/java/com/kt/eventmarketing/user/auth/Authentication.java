package com.kt.eventmarketing.user.auth;

import com.kt.eventmarketing.common.error.ProblemException;
import com.kt.eventmarketing.common.security.TokenDenylist;
import com.kt.eventmarketing.user.account.AccountManagement;
import com.kt.eventmarketing.user.account.Credentials;
import com.kt.eventmarketing.user.auth.AccessTokens.IssuedToken;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
    // compared against when the e-mail is unknown, so both cases take as long (no account probing)
    private final String decoyHash;

    Authentication(
            AccountManagement accounts,
            PasswordEncoder passwords,
            AccessTokens tokens,
            LoginThrottle throttle,
            TokenDenylist denylist,
            SigningKeys keys) {
        this.keys = keys;
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
