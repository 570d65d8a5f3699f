package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.marketplace.trialassessment.support.MutableClock;
import com.marketplace.trialassessment.support.Tokens;

/**
 * A remembered token is accepted or refused exactly as the wrapped decoder would accept or refuse it at
 * that moment; a token the wrapped decoder refuses is never remembered.
 */
class CachingJwtDecoderTests {

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    /** Real time as the validators see it; tests move it to see tokens expire. */
    private final MutableClock now = new MutableClock(start, ZoneOffset.UTC);
    private final OAuth2TokenValidator<Jwt> validator = validator();
    private final NimbusJwtDecoder nimbus = nimbus();
    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder counting = token -> {
        verifications.incrementAndGet();
        return nimbus.decode(token);
    };
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(counting, validator, now);

    @Test
    void verifiesATokenOnceAndThenRemembersIt() {
        String token = token(start.plus(1, ChronoUnit.HOURS));

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("ops-alice");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void refusesARememberedTokenOnceItHasExpiredAsTheWrappedDecoderWould() {
        Instant expiry = start.plus(10, ChronoUnit.MINUTES);
        String token = token(expiry);
        decoder.decode(token);

        // the validator allows 60 s of clock skew, with or without the cache
        now.set(expiry.plusSeconds(59));
        assertThat(decoder.decode(token).getExpiresAt()).isEqualTo(expiry);
        now.set(expiry.plusSeconds(61));

        assertThatThrownBy(() -> nimbus.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).as("verified once; refused from the cache, then forgotten and verified again")
                .hasValue(2);
    }

    @Test
    void neverRemembersATokenWithABadSignature() {
        String token = Tokens.badSignature();

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverRemembersAnExpiredToken() {
        String token = token(start.minus(1, ChronoUnit.HOURS));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
        // even if the clock were then set back, the token was never kept
        now.set(start.minus(2, ChronoUnit.HOURS));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("ops-alice");

        assertThat(verifications).hasValue(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not a token", "a.b.c", ""})
    void neverRemembersAMalformedToken(String token) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void doesNotRememberATokenWithoutExpiry() {
        String token = encoder().encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                JwtClaimsSet.builder().subject("ops-alice").claim("roles", List.of("OPS")).build())).getTokenValue();

        decoder.decode(token);
        decoder.decode(token);

        assertThat(verifications).hasValue(2);
    }

    private String token(Instant expiresAt) {
        return Tokens.token("ops-alice", List.of("OPS"), null, Tokens.SECRET, expiresAt);
    }

    private OAuth2TokenValidator<Jwt> validator() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(now);
        return new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtClaimValidator<Object>("sub", sub -> sub != null && !sub.toString().isBlank()));
    }

    private static SecretKeySpec key() {
        return new SecretKeySpec(Tokens.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static NimbusJwtEncoder encoder() {
        return NimbusJwtEncoder.withSecretKey(key()).build();
    }

    private NimbusJwtDecoder nimbus() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key()).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(validator);
        return decoder;
    }
}
