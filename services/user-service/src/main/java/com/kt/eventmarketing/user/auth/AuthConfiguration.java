package com.kt.eventmarketing.user.auth;

import com.kt.eventmarketing.common.crypto.PersonalDataCipher;
import com.kt.eventmarketing.common.security.JwtValidation;
import com.kt.eventmarketing.common.security.SecurityProperties;
import com.kt.eventmarketing.common.security.TokenDenylist;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${kt.user.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    SigningKeys signingKeys(
            JdbcClient jdbc, PlatformTransactionManager transactions, PersonalDataCipher cipher, Clock clock) {
        return new SigningKeys(jdbc, new TransactionTemplate(transactions), cipher, clock);
    }

    @Bean
    AccessTokens accessTokens(
            SigningKeys keys,
            SecurityProperties security,
            @Value("${kt.user.access-token-lifetime:15m}") Duration lifetime,
            Clock clock) {
        JwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(keys.signingKey())));
        return new AccessTokens(encoder, security, lifetime, clock);
    }

    /** The user service verifies its own tokens with its own public key: no HTTP call to itself. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties security, TokenDenylist denylist) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.publicKeys()))
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        decoder.setJwtValidator(JwtValidation.validator(security, denylist));
        return decoder;
    }

    @Bean
    LoginThrottle loginThrottle(
            StringRedisTemplate redis,
            @Value("${kt.user.login.max-failures:5}") int maxFailures,
            @Value("${kt.user.login.max-failures-per-client:50}") int maxFailuresPerClient,
            @Value("${kt.user.login.window:15m}") Duration window,
            @Value("${kt.user.login.lock-duration:15m}") Duration lockDuration) {
        return new LoginThrottle(redis, maxFailures, maxFailuresPerClient, window, lockDuration);
    }
}
