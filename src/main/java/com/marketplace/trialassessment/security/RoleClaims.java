package com.marketplace.trialassessment.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads a verified token's {@code roles} claim strictly: absent (no roles), or a JSON array of texts,
 * each becoming the authority {@code ROLE_<text>}. Anything else (a text, a number, an object, an
 * array holding arrays or numbers) makes the token invalid: {@code 401} with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}. Spring Security's own converter casts each
 * entry to a text and failed with a 500 on {@code [["OPS"]]}. A {@code merchant_id}, when present,
 * must be a text too, so that no other JSON value can stand for a merchant.
 */
final class RoleClaims implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String ROLES = "roles";
    static final String MERCHANT_ID = "merchant_id";
    private static final String PREFIX = "ROLE_";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object merchantId = jwt.getClaims().get(MERCHANT_ID);
        if (merchantId != null && !(merchantId instanceof String)) {
            throw new InvalidBearerTokenException("The token's merchant_id claim must be a text");
        }
        Object roles = jwt.getClaims().get(ROLES);
        if (roles == null) {
            return List.of();
        }
        if (!(roles instanceof Collection<?> list)) {
            throw invalidRoles();
        }
        List<GrantedAuthority> authorities = new ArrayList<>(list.size());
        for (Object role : list) {
            if (!(role instanceof String name)) {
                throw invalidRoles();
            }
            authorities.add(new SimpleGrantedAuthority(PREFIX + name));
        }
        return authorities;
    }

    private static InvalidBearerTokenException invalidRoles() {
        return new InvalidBearerTokenException("The token's roles claim must be a list of role names");
    }
}
