package com.marketplace.trialassessment.category;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.context.MessageSourceResolvable;

import com.marketplace.trialassessment.common.CommonMessages;
import com.marketplace.trialassessment.common.Decimals;
import com.marketplace.trialassessment.common.ProblemErrors;

/**
 * The input rules of a target version's agreement terms (docs/api.md): a block is optional, but a
 * present one has every field; money more than 0 and at most {@link Decimals#MAX_AMOUNT}, scores
 * 0.00..5.00, both with at most two decimals; {@code halfRefundSales < fullRefundSales}. Each problem
 * names its field as the client wrote it ({@code annual.salesTarget}, {@code fee.halfRefundSales}).
 */
final class AgreementTermsCheck {

    static final MessageSourceResolvable POSITIVE_AMOUNT =
            CategoryMessages.POSITIVE_AMOUNT.with(Decimals.MAX_AMOUNT.toPlainString());

    private AgreementTermsCheck() {
    }

    /** The annual standard to store: null when none was sent or when it is invalid (then in {@code errors}). */
    static AnnualTerms annual(AnnualStandardInput input, ProblemErrors errors) {
        if (input == null) {
            return null;
        }
        boolean valid = check(errors, "annual.salesTarget", positiveAmountProblem(input.salesTarget()));
        valid &= check(errors, "annual.serviceScoreTarget", Decimals.scoreProblem(input.serviceScoreTarget()));
        return valid ? new AnnualTerms(twoDecimals(input.salesTarget()), twoDecimals(input.serviceScoreTarget()))
                : null;
    }

    /** The fee terms to store: null when none were sent or when they are invalid (then in {@code errors}). */
    static AnnualFeeTerms fee(FeeTermsInput input, ProblemErrors errors) {
        if (input == null) {
            return null;
        }
        boolean valid = check(errors, "fee.annualFee", positiveAmountProblem(input.annualFee()));
        boolean thresholds = check(errors, "fee.halfRefundSales", positiveAmountProblem(input.halfRefundSales()));
        thresholds &= check(errors, "fee.fullRefundSales", positiveAmountProblem(input.fullRefundSales()));
        if (thresholds && input.halfRefundSales().compareTo(input.fullRefundSales()) >= 0) {
            errors.add("fee.halfRefundSales",
                    CategoryMessages.HALF_BELOW_FULL_REFUND.with(twoDecimals(input.fullRefundSales()).toPlainString()));
            thresholds = false;
        }
        return valid && thresholds ? new AnnualFeeTerms(twoDecimals(input.annualFee()),
                twoDecimals(input.halfRefundSales()), twoDecimals(input.fullRefundSales())) : null;
    }

    /** Null when valid, otherwise what is wrong with an amount that must be more than 0. */
    static MessageSourceResolvable positiveAmountProblem(BigDecimal amount) {
        if (amount == null) {
            return CommonMessages.NOT_NULL;
        }
        if (amount.signum() <= 0 || amount.compareTo(Decimals.MAX_AMOUNT) > 0) {
            return POSITIVE_AMOUNT;
        }
        if (!Decimals.hasAtMostTwoDecimals(amount)) {
            return CommonMessages.AT_MOST_TWO_DECIMALS;
        }
        return null;
    }

    private static boolean check(ProblemErrors errors, String field, MessageSourceResolvable problem) {
        if (problem != null) {
            errors.add(field, problem);
        }
        return problem == null;
    }

    /** Only called on values with at most two decimals, so this never rounds. */
    private static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
