package com.kt.eventmarketing.common.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kt.security.*}: where the services find the user service's public keys, which token issuer
 * they trust and which of their paths answer without a token.
 */
@ConfigurationProperties("kt.security")
public class SecurityProperties {

    /** JWKS of the user service, e.g. {@code http://user-service:8080/.well-known/jwks.json}. */
    private String jwkSetUri = "http://localhost:8081/.well-known/jwks.json";

    /** The {@code iss} every access token must carry. */
    private String issuer = "kt-event-marketing";

    /** The {@code aud} every access token must carry. */
    private String audience = "kt-event-marketing-api";

    /** Ant patterns of this service's paths that need no token, beside health and API docs. */
    private List<String> publicPaths = new ArrayList<>();

    public String getJwkSetUri() {
        return jwkSetUri;
    }

    public void setJwkSetUri(String jwkSetUri) {
        this.jwkSetUri = jwkSetUri;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }
}
