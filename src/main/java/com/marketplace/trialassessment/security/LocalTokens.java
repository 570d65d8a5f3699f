package com.marketplace.trialassessment.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Local use only (profile {@code local}): mints HS256 tokens with the local secret, so that
 * {@code curl -X POST 'localhost:8080/local/tokens?roles=OPS'} gives a token for any role. The tokens
 * carry the configured issuer and audiences and an expiry, so that they pass the same checks as
 * production tokens.
 */
@RestController
@Profile(SecurityConfiguration.LOCAL_PROFILE)
@Tag(name = "Local tokens (local profile only)")
class LocalTokens {

    /** The local profile's secret; public, hence refused outside the local profile. */
    static final String LOCAL_SECRET = "local-only-secret-do-not-use-in-production-0123456789";

    private static final List<String> ROLES = List.of("OPS", "FEED", "MERCHANT");

    private final NimbusJwtEncoder encoder;
    private final TokenProperties properties;
    private final List<String> audiences;
    private final Clock clock;

    LocalTokens(TokenProperties properties, OAuth2ResourceServerProperties resourceServer) {
        this.encoder = NimbusJwtEncoder.withSecretKey(SecurityConfiguration.secretKey(properties.hmacSecret())).build();
        this.properties = properties;
        this.audiences = SecurityConfiguration.audiences(resourceServer.getJwt());
        // tokens live in real time, like the validator that checks them, whatever the business clock says
        this.clock = Clock.systemUTC();
    }

    public record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    @PostMapping("/local/tokens")
    @Operation(summary = "A token for local use: roles OPS, FEED and/or MERCHANT (with merchantId)")
    TokenResponse token(@RequestParam(defaultValue = "local-user") String sub,
            @RequestParam(defaultValue = "OPS") String roles, @RequestParam(required = false) String merchantId) {
        List<String> requested = Arrays.stream(roles.split(",")).map(String::trim).map(String::toUpperCase).toList();
        if (!ROLES.containsAll(requested)) {
            throw InvalidInputException.of("roles", SecurityMessages.ROLES_AMONG.with(ROLES));
        }
        if (requested.contains("MERCHANT") && (merchantId == null || merchantId.isBlank())) {
            throw InvalidInputException.of("merchantId", SecurityMessages.MERCHANT_ID_REQUIRED);
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.localTokenTtl());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(sub).issuedAt(now).expiresAt(expiresAt)
                .claim("roles", requested);
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            claims.issuer(properties.issuer());
        }
        if (!audiences.isEmpty()) {
            claims.audience(audiences);
        }
        if (merchantId != null && !merchantId.isBlank()) {
            claims.claims(c -> c.putAll(Map.of("merchant_id", merchantId)));
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                claims.build())).getTokenValue();
        return new TokenResponse(token, "Bearer", expiresAt);
    }
}
