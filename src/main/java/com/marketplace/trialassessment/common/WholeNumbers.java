package com.marketplace.trialassessment.common;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * How a whole number is written in a path or a query parameter: ASCII decimal digits, with a minus
 * sign for a negative number, without leading zeros ({@code 0} itself is fine). Nothing else is read
 * as a number: no plus sign, no spaces or other white space, no hex ({@code 0x2}, {@code #2}), no
 * fractions or exponents, no digits of other scripts, although Java's and Spring's own number parsing
 * accept each of these. A number thus has exactly one spelling, so every part of the service that
 * reads an id from a request (the merchants' ownership check, the controllers) reads the same text
 * as the same number, or refuses it.
 */
public final class WholeNumbers {

    private static final Pattern PLAIN = Pattern.compile("0|-?[1-9][0-9]*");

    private WholeNumbers() {
    }

    /** The {@code long} that {@code text} spells; empty when it spells none. */
    public static OptionalLong parseLong(String text) {
        if (text == null || text.length() > 20 || !PLAIN.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        try {
            // only ASCII digits and a minus sign are left, which parseLong reads as written
            return OptionalLong.of(Long.parseLong(text));
        }
        catch (NumberFormatException beyondRange) {
            return OptionalLong.empty();
        }
    }

    /** The {@code int} that {@code text} spells; empty when it spells none. */
    public static OptionalInt parseInt(String text) {
        OptionalLong value = parseLong(text);
        if (value.isEmpty() || value.getAsLong() < Integer.MIN_VALUE || value.getAsLong() > Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) value.getAsLong());
    }
}
