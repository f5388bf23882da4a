package com.kt.eventmarketing.web.ui.session;

import com.kt.eventmarketing.web.EdgeServices;
import com.kt.eventmarketing.web.errors.EdgeProblems;
import com.kt.eventmarketing.web.ui.backend.Backend;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Security of the web app's pages — and only of them: the API routes, Swagger UI and the actuator match no chain
 * here and pass through untouched (the services authenticate API calls themselves).
 *
 * <ul>
 *   <li>The owner's pages ({@code /app/**}) need the session cookie ({@link SessionCookie}); its token is verified
 *       here against the user service's published keys (ES256, issuer, audience, expiry), so an expired session
 *       goes back to the login page without a call to any service.
 *   <li>Every form and every htmx request that changes something carries a CSRF token (Spring Security's, in an
 *       HttpOnly, SameSite=Strict cookie, rendered into forms and into htmx's request headers).
 *   <li>No server-side session: any replica of the edge serves any request.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebAppSecurityConfiguration {

    /** Request attribute set when a form's CSRF token was missing or stale. */
    public static final String FORM_EXPIRED = "kt.web.form-expired";

    /** The paths of the web app, public and owner's alike. */
    static final String[] WEB_APP_PATHS = {
        "/", "/login", "/signup", "/signup/**", "/logout", "/app", "/app/**", "/e/**", "/opt-out/**", "/lang"
    };

    @Bean
    @Order(1)
    SecurityFilterChain webApp(HttpSecurity http, JwtDecoder sessionTokens, Backend backend) throws Exception {
        AuthenticationEntryPoint toLogin = WebAppSecurityConfiguration::redirectToLogin;
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("KT_CSRF");
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.securityMatcher(WEB_APP_PATHS)
                .authorizeHttpRequests(requests -> requests.requestMatchers("/app", "/app/**", "/logout")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(server -> server.bearerTokenResolver(new SessionTokenResolver())
                        .authenticationEntryPoint(toLogin)
                        .jwt(jwt -> jwt.decoder(sessionTokens)))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(toLogin).accessDeniedHandler(formExpired()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(Customizer.withDefaults())
                // the edge's SecurityHeadersFilter sets CSP, framing and the rest; here only "do not cache"
                .headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()))
                .addFilterAfter(new TokenRenewal(backend), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Verifies session tokens with the user service's keys ({@code /.well-known/jwks.json}, fetched when first
     * needed and cached). Without a configured user service no session is valid.
     */
    /** No observation decorator around every security filter of every request (API calls included). */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder sessionTokens(
            EdgeServices services,
            @Value("${kt.security.issuer:kt-event-marketing}") String issuer,
            @Value("${kt.security.audience:kt-event-marketing-api}") String audience) {
        var userService = services.baseUrl(Backend.USER);
        if (userService.isEmpty()) {
            return token -> {
                throw new BadJwtException("no user service is configured");
            };
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                        userService.get().resolve("/.well-known/jwks.json").toString())
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        OAuth2TokenValidator<Jwt> audienceValidator =
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience));
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator));
        return decoder;
    }

    /**
     * Not signed in, or the session ended: back to the login page, which then returns to where the owner was. An
     * htmx request is told to load the login page in place of the whole page ({@code HX-Redirect}).
     */
    static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, Object cause)
            throws IOException {
        boolean hadSession = SessionCookie.read(request).isPresent();
        SessionCookie.clear(request, response);
        String target = request.getContextPath() + "/login";
        String next = returnPath(request);
        if (next != null) {
            target += "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) + (hadSession ? "&expired" : "");
        } else if (hadSession) {
            target += "?expired";
        }
        if (HtmxRequests.isHtmx(request)) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(target);
        }
    }

    /** Where to return after login: a GET of an owner's page, never another site. */
    private static String returnPath(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || HtmxRequests.isHtmx(request)) {
            String current = request.getHeader("HX-Current-URL");
            return current != null ? LoginTargets.safe(current) : null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return LoginTargets.safe(query == null ? path : path + "?" + query);
    }

    /** A form whose CSRF token is missing or stale (e.g. a page left open for hours): a clear page, not a 403. */
    private static AccessDeniedHandler formExpired() {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                request.setAttribute(FORM_EXPIRED, true);
                request.setAttribute(
                        EdgeProblems.DETAIL_ATTRIBUTE, "The form has expired: reload the page and try again.");
            }
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        };
    }
}
