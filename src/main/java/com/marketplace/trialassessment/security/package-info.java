/**
 * Who may do what: every {@code /api/**} call carries a bearer JWT (RS256 from the configured
 * issuer / JWK set in production, HMAC in local use) with {@code sub}, {@code roles} (OPS, FEED,
 * MERCHANT) and, for merchants, {@code merchant_id}. Merchants read only their own stores and get
 * 404 for anyone else's.
 */
package com.marketplace.trialassessment.security;
