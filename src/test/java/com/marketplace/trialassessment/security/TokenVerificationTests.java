package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.marketplace.trialassessment.support.Tokens;

/** How the service verifies tokens, and that it refuses to start without a way to. */
class TokenVerificationTests {

    private final OAuth2ResourceServerProperties noJwkSet = new OAuth2ResourceServerProperties();

    private JwtDecoder decoder(String secret, String issuer, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new SecurityConfiguration().jwtDecoder(noJwkSet, new TokenProperties(secret, issuer, Duration.ofHours(1)),
                environment);
    }

    @Test
    void refusesToStartWithoutAnyWayToVerifyTokens() {
        assertThatIllegalStateException().isThrownBy(() -> decoder(null, null))
                .withMessageContaining("trial.security.hmac-secret");
    }

    @Test
    void refusesTheLocalProfilesPublicSecretOutsideTheLocalProfile() {
        assertThatIllegalStateException().isThrownBy(() -> decoder(LocalTokens.LOCAL_SECRET, null))
                .withMessageContaining("local profile");
        assertThat(decoder(LocalTokens.LOCAL_SECRET, null, "local")).isNotNull();
    }

    @Test
    void refusesASecretTooShortForHs256() {
        assertThatIllegalStateException().isThrownBy(() -> decoder("short", null)).withMessageContaining("32 bytes");
    }

    @Test
    void acceptsAValidTokenAndReadsItsClaims() {
        var jwt = decoder(Tokens.SECRET, null).decode(Tokens.merchant("m-1"));

        assertThat(jwt.getSubject()).isEqualTo("merchant-m-1");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("MERCHANT");
        assertThat(jwt.getClaimAsString("merchant_id")).isEqualTo("m-1");
    }

    @Test
    void rejectsBadSignatureExpiryAndWrongIssuer() {
        JwtDecoder decoder = decoder(Tokens.SECRET, null);
        assertThatThrownBy(() -> decoder.decode(Tokens.badSignature())).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(Tokens.expired())).isInstanceOf(JwtException.class);

        JwtDecoder withIssuer = decoder(Tokens.SECRET, "https://login.marketplace.example");
        assertThatThrownBy(() -> withIssuer.decode(Tokens.ops())).isInstanceOf(JwtException.class);
    }

    @Test
    void rejectsABadTokenEveryTimeAndAcceptsAGoodOneAgain() {
        JwtDecoder decoder = decoder(Tokens.SECRET, null);
        String good = Tokens.ops();
        String badSignature = Tokens.badSignature();
        String expired = Tokens.expired();

        for (int i = 0; i < 3; i++) {
            assertThat(decoder.decode(good).getSubject()).isEqualTo("ops-alice");
            assertThatThrownBy(() -> decoder.decode(badSignature)).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class);
        }
    }

    @Test
    void rejectsATokenWithoutSubject() {
        String noSubject = Tokens.token(" ", List.of("OPS"), null, Tokens.SECRET, Instant.now().plusSeconds(600));

        assertThatThrownBy(() -> decoder(Tokens.SECRET, null).decode(noSubject)).isInstanceOf(JwtException.class);
    }
}
