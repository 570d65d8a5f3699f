package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which annual result operations staff may re-evaluate (section 4 of the rule book): the store's
 * latest annual assessment or rectification review, until its clearance has taken effect.
 * <p>
 * "Latest" is the last current result in the order results are decided, with one exception: an
 * assessment followed only by its own review may still be re-evaluated (which voids that review). A
 * result with a later one after it may not be: that later result's consequence was decided on it, and
 * the standing must stay what the current results imply.
 * <p>
 * A clearance has taken effect on its date, whether or not an evaluation has recorded it yet.
 */
public final class AnnualReevaluation {

    /** Why a re-evaluation is refused. */
    public enum Refusal {
        /** The store is cleared, or its clearance takes effect by today. */
        CLEARED,
        /** The store is not formal (on trial, or terminated by a checkpoint re-evaluated to a failure). */
        NOT_FORMAL,
        /** There is no current result of that kind and year. */
        NO_CURRENT_RESULT,
        /** A later result follows it. */
        NOT_LATEST
    }

    private AnnualReevaluation() {
    }

    /** Why the current result of {@code kind} and {@code year} may not be re-evaluated today; empty when it may. */
    public static Optional<Refusal> refusal(StoreLife life, AnnualKind kind, int year, LocalDate today) {
        if (clearedBy(life, today)) {
            return Optional.of(Refusal.CLEARED);
        }
        if (life.status() != StoreStatus.FORMAL) {
            return Optional.of(Refusal.NOT_FORMAL);
        }
        Optional<AnnualRecord> result = life.current(kind, year);
        if (result.isEmpty()) {
            return Optional.of(Refusal.NO_CURRENT_RESULT);
        }
        boolean followed = life.annual().stream()
                .filter(later -> AnnualRecord.IN_ORDER.compare(later, result.get()) > 0)
                .anyMatch(later -> !isOwnReview(result.get(), later));
        return followed ? Optional.of(Refusal.NOT_LATEST) : Optional.empty();
    }

    /**
     * Whether the store is out for good on {@code today}: cleared, or formal with a clearance that takes
     * effect by today. Nothing of such a store is re-evaluated, its checkpoints neither.
     */
    public static boolean clearedBy(StoreLife life, LocalDate today) {
        if (life.status().isFinal()) {
            return true;
        }
        return life.status() == StoreStatus.FORMAL && life.formalState().clearance()
                .map(clearance -> !clearance.effectiveOn().isAfter(today)).orElse(false);
    }

    private static boolean isOwnReview(AnnualRecord assessment, AnnualRecord later) {
        return assessment.kind() == AnnualKind.ANNUAL && later.kind() == AnnualKind.RECTIFICATION
                && later.year() == assessment.year();
    }
}
