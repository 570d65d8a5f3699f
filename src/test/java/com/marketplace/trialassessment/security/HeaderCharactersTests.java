package com.marketplace.trialassessment.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import jakarta.servlet.http.HttpServletRequest;

/** The fast header checks accept and refuse exactly what Spring Security's own patterns do. */
class HeaderCharactersTests {

    private static final Predicate<String> NAMES = HeaderCharacters.names();
    private static final Predicate<String> VALUES = HeaderCharacters.values();

    @Test
    void agreeWithTheFirewallsPatternsOnEveryCharacterOfTheBasicPlane() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = String.valueOf((char) c);
            assertThat(NAMES.test(text)).as("name U+%04X", c).isEqualTo(HeaderCharacters.NAME.matcher(text).matches());
            assertThat(VALUES.test(text)).as("value U+%04X", c).isEqualTo(HeaderCharacters.VALUE.matcher(text).matches());
        }
    }

    @Test
    void agreeWithTheFirewallsPatternsOnWholeHeaders() {
        List<String> headers = List.of("", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2lnbmF0dXJl", "a\tb", "\t",
                "caf\u00e9", "line\nbreak", "bell\u0007", "del\u007f", "emoji \ud83d\ude00", "unassigned \u0378",
                "lone surrogate \ud800", "nbsp\u00a0", "zero width\u200b", "x".repeat(10_000));
        for (String header : headers) {
            assertThat(NAMES.test(header)).as("name %s", header).isEqualTo(HeaderCharacters.NAME.matcher(header).matches());
            assertThat(VALUES.test(header)).as("value %s", header)
                    .isEqualTo(HeaderCharacters.VALUE.matcher(header).matches());
        }
    }

    @Test
    void theFirewallStillRefusesControlCharactersInHeaders() {
        StrictHttpFirewall firewall = (StrictHttpFirewall) new SecurityConfiguration().httpFirewall();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/stores/1/assessment");
        request.addHeader("Authorization", "Bearer abc\u0007def");
        request.addHeader("X-Plain", "Bearer abc.def");
        HttpServletRequest firewalled = firewall.getFirewalledRequest(request);

        assertThat(firewalled.getHeader("X-Plain")).isEqualTo("Bearer abc.def");
        assertThatThrownBy(() -> firewalled.getHeader("Authorization")).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void theFirewallsOwnChecksAreTheOnesCopied() {
        // StrictHttpFirewall's defaults, probed: if Spring Security changes them, this test says so
        StrictHttpFirewall defaults = new StrictHttpFirewall();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("X-Tab", "a\tb");
        request.addHeader("X-Nbsp", "a\u00a0b");
        request.addHeader("X-Unassigned", "a\u0378b");
        HttpServletRequest firewalled = defaults.getFirewalledRequest(request);

        assertThat(firewalled.getHeader("X-Tab")).isEqualTo("a\tb");
        assertThat(firewalled.getHeader("X-Nbsp")).isEqualTo("a\u00a0b");
        assertThatThrownBy(() -> firewalled.getHeader("X-Unassigned")).isInstanceOf(RequestRejectedException.class);
        assertThat(VALUES.test("a\tb")).isTrue();
        assertThat(VALUES.test("a\u00a0b")).isTrue();
        assertThat(VALUES.test("a\u0378b")).isFalse();
    }
}
