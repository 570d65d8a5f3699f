package com.marketplace.trialassessment.security;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The header checks of Spring Security's {@code StrictHttpFirewall}, answered without a regular
 * expression for the usual case. The firewall checks every header name and value it hands out against
 * Unicode-property patterns; run over a bearer token of a few hundred characters, each time the token
 * is read, that cost as much as a tenth of the CPU of a small authenticated request. A name or value
 * made only of printable ASCII characters (and, in values, tabs) is accepted at once: every such
 * character is assigned and is not a control character, so the patterns accept it too. Anything else
 * goes through the firewall's own patterns, unchanged.
 */
final class HeaderCharacters {

    /** {@code StrictHttpFirewall}'s pattern for header names: assigned, not control characters. */
    static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    /** {@code StrictHttpFirewall}'s pattern for header values: the same, and tabs. */
    static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private HeaderCharacters() {
    }

    static Predicate<String> names() {
        return name -> isPrintableAscii(name, false) || NAME.matcher(name).matches();
    }

    static Predicate<String> values() {
        return value -> isPrintableAscii(value, true) || VALUE.matcher(value).matches();
    }

    /** Only {@code ' '..'~'}, and tabs when {@code tabs}. */
    static boolean isPrintableAscii(String text, boolean tabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' || c > '~') && !(tabs && c == '\t')) {
                return false;
            }
        }
        return true;
    }
}
