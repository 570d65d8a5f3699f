package com.marketplace.trialassessment.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HMAC-signed tokens, for local use and tests. Production leaves {@code hmacSecret} unset and
 * configures {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} (or {@code issuer-uri}).
 *
 * @param hmacSecret    the shared HS256 secret, at least 32 bytes
 * @param issuer        the {@code iss} tokens must carry (and local tokens get); unset: not checked
 * @param localTokenTtl how long a token from {@code POST /local/tokens} is valid
 */
@ConfigurationProperties("trial.security")
public record TokenProperties(String hmacSecret, String issuer, @DefaultValue("8h") Duration localTokenTtl) {
}
