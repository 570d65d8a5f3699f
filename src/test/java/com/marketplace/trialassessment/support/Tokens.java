package com.marketplace.trialassessment.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Bearer tokens for tests, signed with the tests' HMAC secret (or, for bad ones, another). They carry
 * the issuer and audience every integration test context requires, as production tokens do.
 */
public final class Tokens {

    /** {@code trial.security.hmac-secret} of every integration test context. */
    public static final String SECRET = "integration-tests-only-secret-0123456789abcdef";
    /** {@code trial.security.issuer} of every integration test context. */
    public static final String ISSUER = "https://login.marketplace.test";
    /** {@code spring.security.oauth2.resourceserver.jwt.audiences} of every integration test context. */
    public static final String AUDIENCE = "trial-assessment";
    private static final String OTHER_SECRET = "a-different-secret-nobody-configured-0123456789";

    private Tokens() {
    }

    public static String ops() {
        return token("ops-alice", List.of("OPS"), null, SECRET, Instant.now().plus(1, ChronoUnit.HOURS));
    }

    public static String feed() {
        return token("feed-1", List.of("FEED"), null, SECRET, Instant.now().plus(1, ChronoUnit.HOURS));
    }

    public static String merchant(String merchantId) {
        return token("merchant-" + merchantId, List.of("MERCHANT"), merchantId, SECRET,
                Instant.now().plus(1, ChronoUnit.HOURS));
    }

    public static String expired() {
        return token("ops-alice", List.of("OPS"), null, SECRET, Instant.now().minus(1, ChronoUnit.HOURS));
    }

    public static String badSignature() {
        return token("ops-alice", List.of("OPS"), null, OTHER_SECRET, Instant.now().plus(1, ChronoUnit.HOURS));
    }

    /**
     * A token signed with the tests' secret that carries exactly {@code claims}, and a subject and an
     * expiry in an hour unless {@code claims} says otherwise: for tokens of odd shapes.
     */
    public static String withClaims(Map<String, Object> claims) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withSecretKey(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();
        Instant now = Instant.now();
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().subject("odd-token").issuedAt(now)
                .expiresAt(now.plus(1, ChronoUnit.HOURS));
        builder.claims(all -> all.putAll(claims));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), builder.build()))
                .getTokenValue();
    }

    /** An unsigned token ({@code "alg": "none"}) that claims the {@code OPS} role. */
    public static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().plus(1, ChronoUnit.HOURS).getEpochSecond();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(("{\"sub\":\"mallory\",\"roles\":[\"OPS\"],\"exp\":" + exp + "}")
                        .getBytes(StandardCharsets.UTF_8)) + ".";
    }

    public static String token(String sub, List<String> roles, String merchantId, String secret, Instant expiresAt) {
        return encode(claims(sub, roles, merchantId, expiresAt), secret);
    }

    /** The claims of a valid token ({@link #ISSUER}, {@link #AUDIENCE}), for a test to change before encoding. */
    public static JwtClaimsSet.Builder claims(String sub, List<String> roles, String merchantId, Instant expiresAt) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(sub).claim("roles", roles)
                .issuer(ISSUER).audience(List.of(AUDIENCE))
                .issuedAt(expiresAt.minus(2, ChronoUnit.HOURS)).expiresAt(expiresAt);
        if (merchantId != null) {
            claims.claim("merchant_id", merchantId);
        }
        return claims;
    }

    /** Signs the claims with {@code secret} (HS256). */
    public static String encode(JwtClaimsSet.Builder claims, String secret) {
        NimbusJwtEncoder encoder = NimbusJwtEncoder
                .withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }
}
