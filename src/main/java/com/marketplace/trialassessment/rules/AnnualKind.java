package com.marketplace.trialassessment.rules;

/** The two kinds of annual result. */
public enum AnnualKind {
    /** The annual assessment of a year, due on 1 January of the next. */
    ANNUAL,
    /** The review at the end of a rectification period; its year is the assessed year that warned. */
    RECTIFICATION
}
