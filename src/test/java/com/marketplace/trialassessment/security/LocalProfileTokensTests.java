package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.marketplace.trialassessment.support.Tokens;

/**
 * The {@code local} profile checks tokens as production does: its tokens carry an issuer and an
 * audience, and a token signed with the profile's public secret but without them is refused.
 * Reads {@code application-local.yml} itself, as the service does in that profile.
 */
class LocalProfileTokensTests {

    private final Binder local = localProfile();
    private final TokenProperties tokens = local.bindOrCreate("trial.security", TokenProperties.class);
    private final OAuth2ResourceServerProperties resourceServer = local
            .bindOrCreate("spring.security.oauth2.resourceserver", OAuth2ResourceServerProperties.class);
    private final JwtDecoder decoder = decoder();

    @Test
    void setsAnIssuerAndAnAudience() {
        assertThat(tokens.hmacSecret()).isEqualTo(LocalTokens.LOCAL_SECRET);
        assertThat(tokens.issuer()).isNotBlank();
        assertThat(resourceServer.getJwt().getAudiences()).hasSize(1).allSatisfy(a -> assertThat(a).isNotBlank());
    }

    @Test
    void mintsTokensWithTheIssuerAndAudienceThatItsDecoderAccepts() {
        String token = new LocalTokens(tokens, resourceServer).token("alice", "OPS", null).token();

        Jwt jwt = decoder.decode(token);

        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(tokens.issuer());
        assertThat(jwt.getAudience()).isEqualTo(resourceServer.getJwt().getAudiences());
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now());
    }

    @Test
    void refusesATokenWithoutTheIssuer() {
        String token = sign(claims().claims(c -> c.remove("iss")));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void refusesATokenWithoutTheAudience() {
        String token = sign(claims().claims(c -> c.remove("aud")));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void refusesATokenWithoutExpiry() {
        String token = sign(claims().claims(c -> c.remove("exp")));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    /** What a token of the local profile carries, signed with its secret. */
    private JwtClaimsSet.Builder claims() {
        return JwtClaimsSet.builder().subject("mallory").claim("roles", List.of("OPS")).issuer(tokens.issuer())
                .audience(resourceServer.getJwt().getAudiences()).issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
    }

    private String sign(JwtClaimsSet.Builder claims) {
        return Tokens.encode(claims, LocalTokens.LOCAL_SECRET);
    }

    private JwtDecoder decoder() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(SecurityConfiguration.LOCAL_PROFILE);
        return new SecurityConfiguration().jwtDecoder(resourceServer, tokens, environment);
    }

    private static Binder localProfile() {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application-local.yml",
                    new ClassPathResource("application-local.yml"));
            return new Binder(ConfigurationPropertySources.from(sources));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
