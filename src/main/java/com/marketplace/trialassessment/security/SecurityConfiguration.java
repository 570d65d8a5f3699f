package com.marketplace.trialassessment.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

import jakarta.servlet.http.HttpServletRequest;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.ProblemTypes;

/**
 * Every {@code /api/**} call needs a bearer JWT; each role may do exactly its part:
 * <ul>
 * <li>OPS: everything, including {@code /actuator/prometheus} (which a separate management port, when one
 * is set, serves to anyone: {@link #prometheusOnTheManagementPort});</li>
 * <li>FEED: submit and read daily sales, service scores and violations (not revoke them);</li>
 * <li>MERCHANT: read their own stores (store, verdicts, assessment, data); others' answer 404
 * ({@link MerchantStoreAccess}); anything that changes data answers 403.</li>
 * </ul>
 * Health, the OpenAPI document, Swagger UI and the dashboard's static pages stay open; health shows
 * what it checks to OPS only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String LOCAL_PROFILE = "local";

    private static final String OPS = "OPS";
    private static final String FEED = "FEED";
    private static final String MERCHANT = "MERCHANT";
    private static final String STORE_DATA = "/api/stores/*/{kind:daily-sales|service-scores}";
    private static final String[] VIOLATION_READS = {"/api/stores/*/violations", "/api/stores/*/violations/*"};
    /** What merchants may read of their own stores (and operations staff of every store). */
    private static final String[] MERCHANT_READS = {"/api/stores", "/api/stores/*", "/api/stores/*/verdicts",
        "/api/stores/*/assessment", "/api/stores/*/assessment/**", "/api/stores/*/status-history",
        "/api/stores/*/annual-results", "/api/stores/*/annual-standing", "/api/stores/*/fee-statements"};

    /** Open to everyone; a token sent along is ignored, so an expired one does not turn them into 401. */
    private static final String[] PUBLIC = {"/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
        "/swagger-ui/**", "/local/tokens"};

    /**
     * Open to everyone too, but a token that verifies is read: health shows its details to {@code OPS}
     * only ({@code management.endpoint.health.roles}). A token that does not verify is ignored here, so
     * that it never turns a health check into a 401; the caller just sees the status.
     */
    private static final String[] HEALTH = {"/actuator/health", "/actuator/health/**"};

    /**
     * {@code /actuator/prometheus} asked on the management port, when one is set
     * ({@code management.server.port}, other than the service's): Prometheus scrapes it there without a
     * token. That port is meant for the internal network only ({@code management.server.address}); on
     * the service's own port the metrics still need an {@code OPS} token, and so does every other
     * endpoint on either port.
     */
    static RequestMatcher prometheusOnTheManagementPort(Environment environment) {
        RequestMatcher prometheus = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/prometheus");
        return request -> {
            if (!prometheus.matches(request)) {
                return false; // every other request, /api's included, goes no further
            }
            Integer management = environment.getProperty("local.management.port", Integer.class);
            Integer service = environment.getProperty("local.server.port", Integer.class);
            return management != null && management > 0 && !management.equals(service)
                    && request.getLocalPort() == management;
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, JwtDecoder tokens, Environment environment)
            throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
            bearer.commence(request, response, ex);
            problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemWriter.UNAUTHORIZED,
                    SecurityMessages.TITLE_UNAUTHORIZED, SecurityMessages.TOKEN_REQUIRED);
        };
        AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(request, response,
                HttpStatus.FORBIDDEN, ProblemWriter.FORBIDDEN, CommonMessages.TITLE_FORBIDDEN,
                SecurityMessages.ROLES_DO_NOT_ALLOW);
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HEALTH).permitAll()
                        .requestMatchers(prometheusOnTheManagementPort(environment)).permitAll()
                        .requestMatchers("/actuator/**").hasRole(OPS)
                        // data feeds; HEAD is GET without the body, so whoever may GET may HEAD
                        .requestMatchers(HttpMethod.GET, STORE_DATA).hasAnyRole(OPS, FEED, MERCHANT)
                        .requestMatchers(HttpMethod.HEAD, STORE_DATA).hasAnyRole(OPS, FEED, MERCHANT)
                        .requestMatchers(HttpMethod.PUT, STORE_DATA).hasAnyRole(OPS, FEED)
                        .requestMatchers(HttpMethod.GET, VIOLATION_READS).hasAnyRole(OPS, FEED, MERCHANT)
                        .requestMatchers(HttpMethod.HEAD, VIOLATION_READS).hasAnyRole(OPS, FEED, MERCHANT)
                        .requestMatchers(HttpMethod.POST, "/api/stores/*/violations").hasAnyRole(OPS, FEED)
                        .requestMatchers(HttpMethod.POST, "/api/bulk/**").hasAnyRole(OPS, FEED)
                        // merchants read their own stores
                        .requestMatchers(HttpMethod.GET, MERCHANT_READS).hasAnyRole(OPS, MERCHANT)
                        .requestMatchers(HttpMethod.HEAD, MERCHANT_READS).hasAnyRole(OPS, MERCHANT)
                        // subscriptions: operations staff any, a merchant its own (the service checks whose)
                        .requestMatchers("/api/webhook-subscriptions", "/api/webhook-subscriptions/**")
                        .hasAnyRole(OPS, MERCHANT)
                        .requestMatchers("/api/**").hasRole(OPS)
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(bearerTokenResolver(tokens))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .headers(headers -> headers
                        // no page or answer tells another site where it came from
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                PathPatternRequestMatcher.withDefaults().matcher("/dashboard/**"),
                                new ContentSecurityPolicyHeaderWriter(DASHBOARD_POLICY))));
        return http.build();
    }

    /**
     * The dashboard's pages load only their own scripts, styles and data: no inline script or style,
     * nothing from another origin, not framed, no forms sent elsewhere.
     */
    static final String DASHBOARD_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Spring Security's strict firewall, with the same header checks answered faster for plain ASCII
     * headers ({@link HeaderCharacters}).
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters.names());
        firewall.setAllowedHeaderValues(HeaderCharacters.values());
        return firewall;
    }

    /**
     * The bearer token of a request: none on the {@link #PUBLIC} URLs, and on the {@link #HEALTH} URLs
     * only one that verifies (a second decode of it is a hit of {@link CachingJwtDecoder}).
     */
    private static BearerTokenResolver bearerTokenResolver(JwtDecoder tokens) {
        DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
        List<RequestMatcher> open = matchers(PUBLIC);
        List<RequestMatcher> health = matchers(HEALTH);
        return request -> {
            if (open.stream().anyMatch(m -> m.matches(request))) {
                return null;
            }
            if (health.stream().anyMatch(m -> m.matches(request))) {
                return verifiedOrNone(resolver, tokens, request);
            }
            return resolver.resolve(request);
        };
    }

    private static String verifiedOrNone(BearerTokenResolver resolver, JwtDecoder tokens, HttpServletRequest request) {
        try {
            String token = resolver.resolve(request);
            if (token != null) {
                tokens.decode(token);
            }
            return token;
        }
        catch (OAuth2AuthenticationException | JwtException ex) {
            return null;
        }
    }

    private static List<RequestMatcher> matchers(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return Arrays.stream(patterns).map(paths::matcher).map(RequestMatcher.class::cast).toList();
    }

    /**
     * {@code roles: ["OPS"]} becomes the authority {@code ROLE_OPS}, and a claim of any other shape
     * makes the token invalid ({@link RoleClaims}); the name is the {@code sub}.
     */
    static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RoleClaims());
        return converter;
    }

    /**
     * A request the firewall refuses (a {@code ;}, an encoded dot or line break in the path, a method
     * it does not know) answers a {@code 400} problem, instead of Spring Boot's error JSON.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, ex) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST, CommonMessages.TITLE_MALFORMED_REQUEST, SecurityMessages.REQUEST_REFUSED);
    }

    /**
     * RS256 tokens from the configured JWK set or issuer; otherwise HS256 tokens with the configured
     * secret. Without either, or with the local profile's well-known secret outside the local
     * profile, the service does not start. Every token must carry {@code exp} (and be within it),
     * {@code sub}, the configured issuer ({@code iss}) and, when audiences are configured
     * ({@code spring.security.oauth2.resourceserver.jwt.audiences}), one of them in {@code aud}.
     * Verified tokens are remembered ({@link CachingJwtDecoder}), and these checks run again on every use.
     */
    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, TokenProperties tokens,
            Environment environment) {
        OAuth2ResourceServerProperties.Jwt jwt = resourceServer.getJwt();
        String issuer = jwt.getIssuerUri() != null ? jwt.getIssuerUri() : tokens.issuer();
        NimbusJwtDecoder decoder;
        if (jwt.getJwkSetUri() != null) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        }
        else if (jwt.getIssuerUri() != null) {
            // keys through the issuer's metadata; the validators below still apply (issuer, expiry, sub)
            decoder = JwtDecoders.fromIssuerLocation(jwt.getIssuerUri());
        }
        else if (tokens.hmacSecret() != null && !tokens.hmacSecret().isBlank()) {
            if (LocalTokens.LOCAL_SECRET.equals(tokens.hmacSecret())
                    && !environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
                throw new IllegalStateException("trial.security.hmac-secret is the local profile's public default; "
                        + "configure a secret of your own (or a JWK set) outside the local profile");
            }
            decoder = NimbusJwtDecoder.withSecretKey(secretKey(tokens.hmacSecret())).macAlgorithm(MacAlgorithm.HS256)
                    .build();
        }
        else {
            throw new IllegalStateException("No way to verify tokens is configured: set "
                    + "spring.security.oauth2.resourceserver.jwt.jwk-set-uri (or issuer-uri), or "
                    + "trial.security.hmac-secret; run with the 'local' profile for local use");
        }
        OAuth2TokenValidator<Jwt> validator = validator(issuer, audiences(jwt));
        decoder.setJwtValidator(validator);
        return new CachingJwtDecoder(decoder, validator, Clock.systemUTC());
    }

    /** The claim checks of every token, in {@link #jwtDecoder} and again on each cache hit. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        // a token without exp would be valid for ever
        timestamps.setAllowEmptyExpiryClaim(false);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(timestamps);
        validators.add(new JwtClaimValidator<Object>(JwtClaimNames.SUB, sub -> sub != null && !sub.toString().isBlank()));
        if (StringUtils.hasText(issuer)) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        if (audiences.isEmpty()) {
            log.warn("No token audience is configured (spring.security.oauth2.resourceserver.jwt.audiences): "
                    + "tokens the identity provider issued for any other service are accepted too");
        }
        else {
            // as Spring Boot's own decoders check the property: one of the audiences in aud
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && !Collections.disjoint(aud, audiences)));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    /** The configured audiences, blank entries left out. */
    static List<String> audiences(OAuth2ResourceServerProperties.Jwt jwt) {
        return jwt.getAudiences() == null ? List.of()
                : jwt.getAudiences().stream().filter(StringUtils::hasText).map(String::strip).toList();
    }

    static SecretKey secretKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("trial.security.hmac-secret must be at least 32 bytes for HS256");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
