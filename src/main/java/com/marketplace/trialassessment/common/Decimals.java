package com.marketplace.trialassessment.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Checks and display rounding for money and scores, which are decimals with two places. */
public final class Decimals {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    public static final BigDecimal MAX_SCORE = new BigDecimal("5.00");

    private Decimals() {
    }

    /** Whether the value is written with no more than two decimal places ({@code 1.5}, {@code 1.50}; not {@code 1.500}). */
    public static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return value.scale() <= 2;
    }

    /** Null when valid, otherwise what is wrong with an amount of money. */
    public static String amountProblem(BigDecimal amount) {
        if (amount == null) {
            return "must not be null";
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            return "must be between 0 and 999999999999.99";
        }
        if (!hasAtMostTwoDecimals(amount)) {
            return "must have at most 2 decimal places";
        }
        return null;
    }

    /** Null when valid, otherwise what is wrong with a service score. */
    public static String scoreProblem(BigDecimal score) {
        if (score == null) {
            return "must not be null";
        }
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
            return "must be between 0.00 and 5.00";
        }
        if (!hasAtMostTwoDecimals(score)) {
            return "must have at most 2 decimal places";
        }
        return null;
    }

    /** Two places, half-up: how money and scores are shown. */
    public static BigDecimal display(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
