package com.marketplace.trialassessment.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

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
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.marketplace.trialassessment.common.ProblemTypes;

/**
 * Every {@code /api/**} call needs a bearer JWT; each role may do exactly its part:
 * <ul>
 * <li>OPS: everything, including {@code /actuator/prometheus};</li>
 * <li>FEED: submit and read daily sales, service scores and violations (not revoke them);</li>
 * <li>MERCHANT: read their own stores (store, verdicts, assessment, data); others' answer 404
 * ({@link MerchantStoreAccess}); anything that changes data answers 403.</li>
 * </ul>
 * Health, the OpenAPI document, Swagger UI and the dashboard's static pages stay open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOCAL_PROFILE = "local";

    private static final String OPS = "OPS";
    private static final String FEED = "FEED";
    private static final String MERCHANT = "MERCHANT";
    private static final String STORE_DATA = "/api/stores/*/{kind:daily-sales|service-scores}";

    /** Open to everyone; a token sent along is ignored, so an expired one does not turn them into 401. */
    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/actuator/info",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/local/tokens"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
            bearer.commence(request, response, ex);
            problems.write(response, HttpStatus.UNAUTHORIZED, ProblemWriter.UNAUTHORIZED, "Unauthorized",
                    "A valid bearer token is required");
        };
        AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
                ProblemWriter.FORBIDDEN, "Forbidden", "The token's roles do not allow this request");
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasRole(OPS)
                        // data feeds
                        .requestMatchers(HttpMethod.GET, STORE_DATA).hasAnyRole(OPS, FEED, MERCHANT)
                        .requestMatchers(HttpMethod.PUT, STORE_DATA).hasAnyRole(OPS, FEED)
                        .requestMatchers(HttpMethod.GET, "/api/stores/*/violations", "/api/stores/*/violations/*")
                        .hasAnyRole(OPS, FEED, MERCHANT)
                        .requestMatchers(HttpMethod.POST, "/api/stores/*/violations").hasAnyRole(OPS, FEED)
                        .requestMatchers(HttpMethod.POST, "/api/bulk/**").hasAnyRole(OPS, FEED)
                        // merchants read their own stores
                        .requestMatchers(HttpMethod.GET, "/api/stores", "/api/stores/*", "/api/stores/*/verdicts",
                                "/api/stores/*/assessment", "/api/stores/*/assessment/**",
                                "/api/stores/*/status-history")
                        .hasAnyRole(OPS, MERCHANT)
                        .requestMatchers("/api/**").hasRole(OPS)
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(bearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

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

    private static BearerTokenResolver bearerTokenResolver() {
        DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> open = Arrays.stream(PUBLIC).map(paths::matcher).map(RequestMatcher.class::cast).toList();
        return request -> open.stream().anyMatch(m -> m.matches(request)) ? null : resolver.resolve(request);
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
        return (request, response, ex) -> problems.write(response, HttpStatus.BAD_REQUEST,
                ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The request was refused: its method, path or a header holds something the service does not accept");
    }

    /**
     * RS256 tokens from the configured JWK set or issuer; otherwise HS256 tokens with the configured
     * secret. Without either, or with the local profile's well-known secret outside the local
     * profile, the service does not start. Verified tokens are remembered ({@link CachingJwtDecoder}),
     * and their expiry is checked again on every use.
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
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator());
        validators.add(new JwtClaimValidator<Object>("sub", sub -> sub != null && !sub.toString().isBlank()));
        if (issuer != null) {
            validators.add(new JwtIssuerValidator(issuer));
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        decoder.setJwtValidator(validator);
        return new CachingJwtDecoder(decoder, validator, Clock.systemUTC());
    }

    static SecretKey secretKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("trial.security.hmac-secret must be at least 32 bytes for HS256");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
