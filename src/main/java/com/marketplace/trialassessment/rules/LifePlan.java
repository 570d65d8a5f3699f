package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a store's life holds next: the one place that says which decisions come next and on which date.
 * <ul>
 * <li>On trial: the first checkpoint without a current outcome (checkpoints are decided strictly in
 * order, and none after a failed one).</li>
 * <li>Formal: the annual assessment of the first year not assessed yet whose agreement holds an
 * annual standard, due on 1 January of the next year, unless a pending clearance takes effect before
 * then; the review of a running rectification period, due the day after it ends; a pending
 * clearance, taking effect on its date.</li>
 * <li>Cleared: only an assessment due before the clearance took effect that is still to be taken (it
 * was waiting for data).</li>
 * <li>Terminated: nothing.</li>
 * </ul>
 * When several are due, they are taken oldest due date first, and on one date trial checkpoints,
 * annual assessments, reviews, clearances, in that order.
 */
public final class LifePlan {

    private LifePlan() {
    }

    /** The next decision of the store's life; empty when there is none left to take. */
    public static Optional<PlannedDecision> next(StoreLife life) {
        return pending(life).stream().findFirst();
    }

    /** Every decision planned now, in the order they would be taken. */
    public static List<PlannedDecision> pending(StoreLife life) {
        List<PlannedDecision> pending = new ArrayList<>();
        switch (life.status()) {
            case TRIAL -> TrialProgress.next(life.checkpoints())
                    .ifPresent(c -> pending.add(PlannedDecision.checkpoint(c, life.launchDate())));
            case FORMAL -> pending.addAll(formal(life));
            case CLEARED -> annualBeforeClearance(life).ifPresent(pending::add);
            case TERMINATED -> {
            }
        }
        pending.sort(PlannedDecision.IN_ORDER);
        return pending;
    }

    /**
     * The checkpoints due on {@code today}, in the order they must be taken: an evaluation takes them
     * one by one and stops at the first that fails or cannot be taken.
     */
    public static List<PlannedDecision> due(StoreLife life, LocalDate today) {
        if (life.status() != StoreStatus.TRIAL) {
            return List.of();
        }
        return TrialProgress.dueUndecided(life.launchDate(), today, life.checkpoints()).stream()
                .map(c -> PlannedDecision.checkpoint(c, life.launchDate()))
                .toList();
    }

    /**
     * The first year after the last one assessed whose agreement holds an annual standard; empty when
     * no year that is known holds one (a new target version re-plans the stores of its category).
     */
    /**
     * The next year's assessment, unless a clearance takes effect before it is due: a store cleared
     * before 1 January of the next year has no assessment of the year. A cleared store may still have
     * one: the assessment of a year it traded past (due before its clearance) that was waiting for data
     * when the clearance took effect.
     */
    private static Optional<PlannedDecision> annualBeforeClearance(StoreLife life) {
        Optional<LocalDate> clearedFrom = life.formalState().clearance().map(Clearance::effectiveOn);
        return nextAnnualYear(life)
                .map(year -> new PlannedDecision(DecisionKind.ANNUAL_ASSESSMENT, year, FormalYears.assessmentDue(year)))
                .filter(due -> clearedFrom.map(effective -> !effective.isBefore(due.dueOn())).orElse(true));
    }

    public static Optional<Integer> nextAnnualYear(StoreLife life) {
        LocalDate formalSince = life.formalSince().orElseThrow();
        Agreements agreements = life.requireAgreements();
        int year = life.latest(AnnualKind.ANNUAL).map(r -> r.year() + 1).orElse(formalSince.getYear());
        AgreementVersion latest = agreements.latest();
        while (true) {
            AgreementVersion agreement = agreements.of(year, formalSince);
            if (agreement.terms().annual().isPresent()) {
                return Optional.of(year);
            }
            // from the first year whose agreement is the latest version, every later year's is too
            if (agreement.id() == latest.id() && !formalSince.isAfter(LocalDate.of(year, 1, 1))) {
                return Optional.empty();
            }
            year++;
        }
    }

    private static List<PlannedDecision> formal(StoreLife life) {
        List<PlannedDecision> pending = new ArrayList<>();
        FormalState state = life.formalState();
        annualBeforeClearance(life).ifPresent(pending::add);
        state.rectification().ifPresent(rectification -> pending.add(new PlannedDecision(
                DecisionKind.RECTIFICATION_REVIEW, rectification.assessedYear(), rectification.reviewDue())));
        state.clearance().ifPresent(clearance -> pending.add(new PlannedDecision(DecisionKind.CLEARANCE,
                clearance.effectiveOn().getYear(), clearance.effectiveOn())));
        return pending;
    }
}
