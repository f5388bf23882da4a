package com.kt.eventmarketing.common.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: it verifies the user service's JWTs against its JWKS
 * (asymmetric keys, no shared secret), rejects revoked ones, and answers failures as problem
 * details. Owner endpoints need a token; health, API docs, {@code /api/v1/public/**} and the
 * service's own {@code kt.security.public-paths} do not.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, NimbusJwtDecoder.class, StringRedisTemplate.class})
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

    private static final List<String> ALWAYS_PUBLIC = List.of(
            "/api/v1/public/**",
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/error");

    /**
     * No observation of the security filter chain: with one, Spring Security wraps every filter of every
     * request in an observation decorator (measurable on the participation benchmark) for spans nobody
     * reads. The HTTP server observation of each request stays.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnBean(StringRedisTemplate.class)
    @ConditionalOnMissingBean
    TokenDenylist tokenDenylist(StringRedisTemplate redis) {
        return new TokenDenylist(redis);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties, TokenDenylist denylist) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        decoder.setJwtValidator(JwtValidation.validator(properties, denylist));
        return decoder;
    }

    /**
     * The two filter chains of a service, unless it brings its own: public paths first, then the API.
     * Public paths ({@code /api/v1/public/**}, health, API docs, {@code kt.security.public-paths}) get a
     * chain without authentication, so a bearer token there is never read: a stale token of a signed-in
     * owner opening the public page, or a third party's token arriving at a provider simulator, must not
     * turn it into a 401. That chain keeps only what such a request needs — the security headers and
     * the permit; the resource server's filters (token resolution, anonymous authentication, the
     * servlet API wrapper) cost the participation service about a tenth of its CPU per public entry.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class FilterChains {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 100)
        SecurityFilterChain publicSecurity(HttpSecurity http, SecurityProperties properties) {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            List<RequestMatcher> open = publicPaths(properties).stream()
                    .<RequestMatcher>map(paths::matcher)
                    .toList();
            http.securityMatcher(new OrRequestMatcher(open))
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .httpBasic(basic -> basic.disable())
                    .formLogin(form -> form.disable())
                    .logout(logout -> logout.disable())
                    .requestCache(cache -> cache.disable())
                    .anonymous(anonymous -> anonymous.disable())
                    .servletApi(servletApi -> servletApi.disable())
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            return http.build();
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 200)
        SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder) {
            ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers();
            JwtAuthenticationConverter authorities = new JwtAuthenticationConverter();
            http.csrf(csrf -> csrf.disable())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .httpBasic(basic -> basic.disable())
                    .formLogin(form -> form.disable())
                    .logout(logout -> logout.disable())
                    .requestCache(cache -> cache.disable())
                    .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.OPTIONS, "/**")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .oauth2ResourceServer(
                            oauth -> oauth.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authorities))
                                    .authenticationEntryPoint(problems)
                                    .accessDeniedHandler(problems))
                    .exceptionHandling(
                            ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems));
            return http.build();
        }

        private static List<String> publicPaths(SecurityProperties properties) {
            List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
            open.addAll(properties.getPublicPaths());
            return open;
        }
    }

    @Bean
    WebMvcConfigurer currentOwnerResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentOwnerArgumentResolver());
            }
        };
    }
}
