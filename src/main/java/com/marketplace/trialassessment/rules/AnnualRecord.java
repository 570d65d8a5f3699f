package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A current annual result as a store's life keeps it: what the rules need to plan and to work out the
 * standing, not every figure.
 *
 * @param id                 the result's id, 0 for one decided in the evaluation under way
 * @param seriousViolations  the non-revoked SERIOUS violations it counted
 */
public record AnnualRecord(long id, AnnualKind kind, int year, LocalDate dueDate, DateRange window, boolean passed,
        int seriousViolations, Consequence consequence, ClearanceCause clearanceCause, LocalDate decidedOn) {

    /** In the order results are decided: by due date, and on one date the assessment before the review. */
    public static final Comparator<AnnualRecord> IN_ORDER = Comparator.comparing(AnnualRecord::dueDate)
            .thenComparing(AnnualRecord::kind);

    public AnnualRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(consequence, "consequence");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }
}
