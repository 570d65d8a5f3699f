package com.marketplace.trialassessment.data;

import java.math.BigDecimal;
import java.util.function.Function;

import org.springframework.context.MessageSourceResolvable;

import com.marketplace.trialassessment.common.Decimals;

/** The two kinds of dated figures, each with its table, its value's JSON name and its bounds. */
enum FigureKind {

    DAILY_SALES("daily_sales", "sales_date", "amount", Decimals::amountProblem),
    SERVICE_SCORE("service_score", "score_date", "score", Decimals::scoreProblem);

    final String table;
    final String dateColumn;
    final String valueField;
    private final Function<BigDecimal, MessageSourceResolvable> valueCheck;

    FigureKind(String table, String dateColumn, String valueField,
            Function<BigDecimal, MessageSourceResolvable> valueCheck) {
        this.table = table;
        this.dateColumn = dateColumn;
        this.valueField = valueField;
        this.valueCheck = valueCheck;
    }

    /** Null when the value is valid, otherwise what is wrong with it. */
    MessageSourceResolvable valueProblem(BigDecimal value) {
        return valueCheck.apply(value);
    }
}
