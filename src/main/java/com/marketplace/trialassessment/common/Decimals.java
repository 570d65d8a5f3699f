package com.marketplace.trialassessment.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.MessageSourceResolvable;

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
    public static MessageSourceResolvable amountProblem(BigDecimal amount) {
        if (amount == null) {
            return CommonMessages.NOT_NULL;
        }
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            return CommonMessages.BETWEEN.with("0", MAX_AMOUNT.toPlainString());
        }
        if (!hasAtMostTwoDecimals(amount)) {
            return CommonMessages.AT_MOST_TWO_DECIMALS;
        }
        return null;
    }

    /** Null when valid, otherwise what is wrong with a service score. */
    public static MessageSourceResolvable scoreProblem(BigDecimal score) {
        if (score == null) {
            return CommonMessages.NOT_NULL;
        }
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
            return CommonMessages.BETWEEN.with("0.00", MAX_SCORE.toPlainString());
        }
        if (!hasAtMostTwoDecimals(score)) {
            return CommonMessages.AT_MOST_TWO_DECIMALS;
        }
        return null;
    }

    /** Two places, half-up: how money and scores are shown. */
    public static BigDecimal display(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
