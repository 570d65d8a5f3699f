package com.marketplace.trialassessment.category;

import static com.marketplace.trialassessment.support.MessageBundles.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSourceResolvable;

import com.marketplace.trialassessment.common.FieldProblem;
import com.marketplace.trialassessment.common.InvalidInputException;
import com.marketplace.trialassessment.common.ProblemErrors;

class AgreementTermsCheckTests {

    @Test
    void keepsNoBlockWhenNoneWasSent() {
        ProblemErrors errors = new ProblemErrors();

        assertThat(AgreementTermsCheck.annual(null, errors)).isNull();
        assertThat(AgreementTermsCheck.fee(null, errors)).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void keepsValidFiguresWithTwoDecimals() {
        ProblemErrors errors = new ProblemErrors();

        AnnualTerms annual = AgreementTermsCheck.annual(
                new AnnualStandardInput(new BigDecimal("1.2E+6"), new BigDecimal("4.7")), errors);
        AnnualFeeTerms fee = AgreementTermsCheck.fee(new FeeTermsInput(new BigDecimal("60000"),
                new BigDecimal("360000.5"), new BigDecimal("1200000.00")), errors);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(annual).isEqualTo(new AnnualTerms(new BigDecimal("1200000.00"), new BigDecimal("4.70")));
        assertThat(fee).isEqualTo(new AnnualFeeTerms(new BigDecimal("60000.00"), new BigDecimal("360000.50"),
                new BigDecimal("1200000.00")));
    }

    @ParameterizedTest(name = "half {0}, full {1}")
    @CsvSource({
            "0.01, 0.02, ",
            "1199999.99, 1200000.00, ",
            "1200000.00, 1200000.00, must be less than fee.fullRefundSales (1200000.00)",
            "1200000.01, 1200000.00, must be less than fee.fullRefundSales (1200000.00)",
            "1200000.000, 1E+6, must have at most 2 decimal places" })
    void wantsTheHalfRefundBelowTheFullRefund(String half, String full, String problem) {
        ProblemErrors errors = new ProblemErrors();

        AnnualFeeTerms fee = AgreementTermsCheck.fee(new FeeTermsInput(BigDecimal.TEN, new BigDecimal(half),
                new BigDecimal(full)), errors);

        if (problem == null) {
            assertThat(fee).isNotNull();
            assertThat(errors.isEmpty()).isTrue();
        }
        else {
            assertThat(fee).isNull();
            assertThat(problems(errors)).extracting(FieldProblem::field, e -> english(e.message()))
                    .containsExactly(tuple("fee.halfRefundSales", problem));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "0, must be more than 0 and at most 999999999999.99",
            "-0.01, must be more than 0 and at most 999999999999.99",
            "1000000000000, must be more than 0 and at most 999999999999.99",
            "1E+12, must be more than 0 and at most 999999999999.99",
            "0.001, must have at most 2 decimal places",
            "0.01, ",
            "999999999999.99, ",
            "1E+3, " })
    void wantsAnAmountMoreThanZeroWithinTheBound(String amount, String problem) {
        MessageSourceResolvable found = AgreementTermsCheck.positiveAmountProblem(new BigDecimal(amount));

        assertThat(found == null ? null : english(found)).isEqualTo(problem);
    }

    private static List<FieldProblem> problems(ProblemErrors errors) {
        assertThatThrownBy(errors::throwIfAny).isInstanceOf(InvalidInputException.class);
        try {
            errors.throwIfAny();
            return List.of();
        }
        catch (InvalidInputException e) {
            return e.errors();
        }
    }
}
