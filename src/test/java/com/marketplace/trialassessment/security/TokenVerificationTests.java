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
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.marketplace.trialassessment.support.Tokens;

/** How the service verifies tokens, and that it refuses to start without a way to. */
class TokenVerificationTests {

    private JwtDecoder decoder(String secret, String issuer, String... profiles) {
        return decoder(secret, issuer, List.of(), profiles);
    }

    private JwtDecoder decoder(String secret, String issuer, List<String> audiences, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        OAuth2ResourceServerProperties noJwkSet = new OAuth2ResourceServerProperties();
        noJwkSet.getJwt().setAudiences(audiences);
        return new SecurityConfiguration().jwtDecoder(noJwkSet, new TokenProperties(secret, issuer, Duration.ofHours(1)),
                environment);
    }

    private static JwtClaimsSet.Builder valid() {
        return Tokens.claims("ops-alice", List.of("OPS"), null, Instant.now().plusSeconds(600));
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
    void rejectsATokenWithoutExpiry() {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject("ops-alice").claim("roles", List.of("OPS"))
                .issuer(Tokens.ISSUER).audience(List.of(Tokens.AUDIENCE)).issuedAt(Instant.now());
        String neverExpires = Tokens.encode(claims, Tokens.SECRET);

        JwtDecoder decoder = decoder(Tokens.SECRET, Tokens.ISSUER, List.of(Tokens.AUDIENCE));
        assertThatThrownBy(() -> decoder.decode(neverExpires)).isInstanceOf(JwtException.class)
                .hasMessageContaining("exp");
        // the same token with an expiry is fine
        assertThat(decoder.decode(Tokens.encode(valid(), Tokens.SECRET)).getSubject()).isEqualTo("ops-alice");
    }

    @Test
    void rejectsATokenWithoutTheConfiguredAudience() {
        JwtDecoder decoder = decoder(Tokens.SECRET, null, List.of(Tokens.AUDIENCE));
        String otherService = Tokens.encode(valid().audience(List.of("billing-service")), Tokens.SECRET);
        String noAudience = Tokens.encode(valid().claims(claims -> claims.remove("aud")), Tokens.SECRET);
        String severalAudiences = Tokens.encode(valid().audience(List.of("billing-service", Tokens.AUDIENCE)),
                Tokens.SECRET);

        assertThatThrownBy(() -> decoder.decode(otherService)).isInstanceOf(JwtException.class)
                .hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(noAudience)).isInstanceOf(JwtException.class);
        assertThat(decoder.decode(severalAudiences).getAudience()).contains(Tokens.AUDIENCE);
        // refused again from the cache of verified tokens, too
        assertThatThrownBy(() -> decoder.decode(otherService)).isInstanceOf(JwtException.class);
    }

    @Test
    void acceptsAnyAudienceWhenNoneIsConfigured() {
        String otherService = Tokens.encode(valid().audience(List.of("billing-service")), Tokens.SECRET);

        assertThat(decoder(Tokens.SECRET, null).decode(otherService).getSubject()).isEqualTo("ops-alice");
    }

    @Test
    void rejectsATokenWithoutTheConfiguredIssuer() {
        JwtDecoder decoder = decoder(Tokens.SECRET, Tokens.ISSUER);
        String noIssuer = Tokens.encode(valid().claims(claims -> claims.remove("iss")), Tokens.SECRET);

        assertThatThrownBy(() -> decoder.decode(noIssuer)).isInstanceOf(JwtException.class);
        assertThat(decoder.decode(Tokens.ops()).getIssuer().toString()).isEqualTo(Tokens.ISSUER);
    }

    @Test
    void rejectsATokenWithoutSubject() {
        String noSubject = Tokens.token(" ", List.of("OPS"), null, Tokens.SECRET, Instant.now().plusSeconds(600));

        assertThatThrownBy(() -> decoder(Tokens.SECRET, null).decode(noSubject)).isInstanceOf(JwtException.class);
    }
}
