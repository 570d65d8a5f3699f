package com.marketplace.trialassessment.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a formal store stands, as its current annual results imply: nothing is patched by hand, and a
 * re-evaluated result changes the standing by changing the results it is worked out from. The results
 * are taken in the order they were decided, each with the consequence it was decided with:
 * <ul>
 * <li>a warning starts a rectification period on the day it was given (and replaces one that still
 * runs);</li>
 * <li>a clearance notice, from an assessment or a review, makes the clearance pending from the day it
 * was given, and ends a rectification period that still runs;</li>
 * <li>a passed review ends the rectification period it reviews: the standing is good again.</li>
 * </ul>
 */
public record FormalState(Standing standing, Optional<Rectification> rectification, Optional<Clearance> clearance) {

    public static final FormalState GOOD = new FormalState(Standing.GOOD, Optional.empty(), Optional.empty());

    public FormalState {
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(rectification, "rectification");
        Objects.requireNonNull(clearance, "clearance");
        if ((standing == Standing.WARNED) != rectification.isPresent()
                || (standing == Standing.CLEARANCE_PENDING) != clearance.isPresent()) {
            throw new IllegalArgumentException(standing + " goes with its rectification or clearance only");
        }
    }

    /** The standing the results imply, taken in the order they were decided. */
    public static FormalState of(List<AnnualRecord> results) {
        FormalState state = GOOD;
        for (AnnualRecord result : results.stream().sorted(AnnualRecord.IN_ORDER).toList()) {
            state = state.after(result);
        }
        return state;
    }

    /** The standing after one more result. */
    FormalState after(AnnualRecord result) {
        if (result.consequence() == Consequence.CLEARANCE_NOTICE) {
            return new FormalState(Standing.CLEARANCE_PENDING, Optional.empty(),
                    Optional.of(Clearance.noticedOn(result.decidedOn(), result.clearanceCause())));
        }
        if (result.consequence() == Consequence.WARNED) {
            return new FormalState(Standing.WARNED,
                    Optional.of(Rectification.warnedOn(result.year(), result.decidedOn())), Optional.empty());
        }
        if (result.kind() == AnnualKind.RECTIFICATION && result.passed()) {
            // lifts the warning it reviews; it cannot undo a notice given since
            return rectification.filter(running -> running.assessedYear() == result.year()).isPresent() ? GOOD : this;
        }
        return this;
    }
}
