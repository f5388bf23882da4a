package com.kt.eventmarketing.user.auth.web;

import com.kt.eventmarketing.user.auth.Authentication;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public keys every service verifies access tokens with (RFC 7517). */
@RestController
class JwksController {

    private final Authentication authentication;

    JwksController(Authentication authentication) {
        this.authentication = authentication;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(authentication.publicKeys());
    }
}
