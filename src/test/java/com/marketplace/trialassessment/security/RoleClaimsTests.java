package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class RoleClaimsTests {

    final RoleClaims roles = new RoleClaims();

    @Test
    void makesEachRoleAnAuthority() {
        assertThat(roles.convert(jwt(Map.of("roles", List.of("OPS", "MERCHANT"), "merchant_id", "m-1"))))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_OPS", "ROLE_MERCHANT");
    }

    @Test
    void aTokenWithoutRolesHasNone() {
        assertThat(roles.convert(jwt(Map.of()))).isEmpty();
        assertThat(roles.convert(jwt(Map.of("roles", List.of())))).isEmpty();
    }

    static Stream<Arguments> oddShapes() {
        List<Object> withNull = new java.util.ArrayList<>();
        withNull.add("OPS");
        withNull.add(null);
        return Stream.of(
                Arguments.of("roles nested in a list", Map.of("roles", List.of(List.of("OPS")))),
                Arguments.of("roles as a text", Map.of("roles", "OPS")),
                Arguments.of("roles as a number", Map.of("roles", 5)),
                Arguments.of("roles as an object", Map.of("roles", Map.of("role", "OPS"))),
                Arguments.of("a role that is a number", Map.of("roles", List.of("OPS", 1))),
                Arguments.of("a role that is null", Map.of("roles", withNull)),
                Arguments.of("a role that is an object", Map.of("roles", List.of(Map.of("name", "OPS")))),
                Arguments.of("merchant id as a list", Map.of("roles", List.of("MERCHANT"), "merchant_id", List.of("m-1"))),
                Arguments.of("merchant id as a number", Map.of("roles", List.of("MERCHANT"), "merchant_id", 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddShapes")
    void aClaimOfAnyOtherShapeMakesTheTokenInvalid(String name, Map<String, Object> claims) {
        assertThatThrownBy(() -> roles.convert(jwt(claims))).isInstanceOf(InvalidBearerTokenException.class)
                .satisfies(ex -> assertThat(((OAuth2AuthenticationException) ex).getError().getErrorCode())
                        .isEqualTo("invalid_token"));
    }

    static Jwt jwt(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "someone");
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "HS256"), all);
    }
}
