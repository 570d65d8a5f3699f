package com.marketplace.trialassessment.common;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling: the token's subject, and for merchants the merchant whose stores they may read. */
public final class CurrentCaller {

    /** What is recorded as "who did it" when no one called: the daily schedule. */
    public static final String SYSTEM = "system";

    public static final String OPS = "ROLE_OPS";
    public static final String FEED = "ROLE_FEED";
    public static final String MERCHANT = "ROLE_MERCHANT";

    private CurrentCaller() {
    }

    /** The {@code sub} of the caller's token, or {@value #SYSTEM} outside a request. */
    public static String subject() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken jwt ? jwt.getName() : SYSTEM;
    }

    /**
     * The merchant id a caller is limited to: present for merchants (who are not also operations
     * staff), empty for everyone else.
     */
    public static Optional<String> merchantScope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt) || has(jwt, OPS) || !has(jwt, MERCHANT)) {
            return Optional.empty();
        }
        String merchantId = jwt.getToken().getClaimAsString("merchant_id");
        // a merchant token without a merchant id sees nothing
        return Optional.of(merchantId == null ? "" : merchantId);
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
