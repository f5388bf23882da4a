package com.kt.eventmarketing.common.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** The checks every service applies to an access token beyond its signature. */
public final class JwtValidation {

    private JwtValidation() {}

    /** Expiry (with clock skew), issuer, audience, a store claim, and not revoked. */
    public static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties, TokenDenylist denylist) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(properties.getIssuer()),
                new JwtClaimValidator<List<String>>(
                        "aud", aud -> aud != null && aud.contains(properties.getAudience())),
                new JwtClaimValidator<String>(CurrentOwner.STORE_ID_CLAIM, store -> store != null && !store.isBlank()),
                jwt -> denylist.isRevoked(jwt.getId(), jwt.getSubject(), jwt.getIssuedAt())
                        ? OAuth2TokenValidatorResult.failure(
                                new OAuth2Error("invalid_token", "The token was revoked (logged out).", null))
                        : OAuth2TokenValidatorResult.success()));
    }
}
