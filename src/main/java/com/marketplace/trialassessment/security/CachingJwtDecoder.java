package com.marketplace.trialassessment.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.util.StringUtils;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Remembers the tokens it has verified, by their exact text, so that a client sending the same token
 * again and again (every call of a session does) is not charged a signature check and a claim
 * conversion each time: those cost more than the rest of a small request.
 * <p>
 * Only a token the wrapped decoder accepted (signature, expiry, issuer, audience, subject) is kept; a token it
 * refuses is refused again the next time by the same checks. On every hit the kept token goes through
 * the same validators again, so that a token that has expired since, or is otherwise no longer valid,
 * is refused exactly as the wrapped decoder would refuse it (and forgotten). An entry is kept until
 * the token's {@code exp}, and at most {@link #MAX_AGE}, so that a signing key withdrawn from a JWK
 * set stops being trusted about when the wrapped decoder's own key cache would stop trusting it. A
 * token without {@code exp} is not kept (the service's validators refuse such tokens anyway). The cache is bounded ({@link #MAXIMUM_SIZE} tokens).
 * <p>
 * Each instance keeps its own cache of what it verified itself, and a token's text decides what it
 * says and whether its signature holds, so N instances need nothing shared.
 */
final class CachingJwtDecoder implements JwtDecoder {

    static final long MAXIMUM_SIZE = 10_000;
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier  checks a token's signature and claims, with {@code validator} among its checks
     * @param validator the claim checks of {@code verifier}, run again on every cache hit
     * @param clock     real time, as {@code validator} sees it
     */
    CachingJwtDecoder(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, Clock clock) {
        this.verifier = verifier;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_SIZE)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> timeToKeep(jwt, clock.instant())))
                // housekeeping on the calling threads: nothing is handed to the common fork-join pool
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt == null) {
            jwt = verifier.decode(token);
            if (jwt.getExpiresAt() != null) {
                verified.put(token, jwt);
            }
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(message(result.getErrors()), result.getErrors());
        }
        return jwt;
    }

    /** Until {@code exp}, at most {@link #MAX_AGE}; already expired tokens (within the clock skew) not at all. */
    private static Duration timeToKeep(Jwt jwt, Instant now) {
        Duration untilExpiry = Duration.between(now, jwt.getExpiresAt());
        if (untilExpiry.isNegative()) {
            return Duration.ZERO;
        }
        return untilExpiry.compareTo(MAX_AGE) < 0 ? untilExpiry : MAX_AGE;
    }

    /** The message {@code NimbusJwtDecoder} gives for a token that fails validation. */
    private static String message(Collection<OAuth2Error> errors) {
        for (OAuth2Error error : errors) {
            if (StringUtils.hasLength(error.getDescription())) {
                return "An error occurred while attempting to decode the Jwt: " + error.getDescription();
            }
        }
        return "Unable to validate Jwt";
    }
}
