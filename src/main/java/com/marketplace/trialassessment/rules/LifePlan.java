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
 * And in every status, the first fee statement the store's life calls for that is not issued yet
 * ({@link #feeOf}): for each year the store traded in, {@code YEAR_END} on 1 January of the next year,
 * or, for the year of its last trading day, {@code TERMINATED} on its failed checkpoint's due date or
 * {@code CLEARED} on the day its clearance took effect; none for a year whose agreement has no fee
 * terms.
 * <p>
 * When several are due, they are taken oldest due date first, and on one date trial checkpoints,
 * annual assessments, reviews, clearances, fee statements, in that order.
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
        nextFee(life).ifPresent(due -> pending.add(new PlannedDecision(DecisionKind.FEE_STATEMENT, due.year(),
                due.dueOn())));
        pending.sort(PlannedDecision.IN_ORDER);
        return pending;
    }

    /** The next checkpoint of a store on trial (what read models of the trial follow); empty otherwise. */
    public static Optional<Checkpoint> nextCheckpoint(StoreLife life) {
        return life.status() == StoreStatus.TRIAL ? TrialProgress.next(life.checkpoints()) : Optional.empty();
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

    /**
     * The first year after the last one assessed whose agreement holds an annual standard; empty when
     * no year that is known holds one (a new target version re-plans the stores of its category).
     */
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

    /**
     * The fee statement of {@code year} as the store's life now stands, whatever the agreement's terms:
     * the year's trading days run from {@code max(launchDate, 1 January)} to 31 December, or, in the
     * year of a store's last trading day (the day before it left), to that day. Empty for a year the
     * store did not trade in. A year not over yet for a store still trading is a {@code YEAR_END} not
     * yet due.
     */
    public static Optional<FeeDue> feeOf(StoreLife life, int year) {
        LocalDate first = life.launchDate().isAfter(LocalDate.of(year, 1, 1)) ? life.launchDate()
                : LocalDate.of(year, 1, 1);
        if (first.getYear() != year) {
            return Optional.empty();
        }
        Optional<StoreLife.Leaving> leaving = life.leaving();
        if (leaving.isPresent()) {
            LocalDate last = leaving.get().on().minusDays(1);
            if (last.isBefore(first)) {
                return Optional.empty();
            }
            if (last.getYear() == year) {
                return Optional.of(new FeeDue(year, leaving.get().cause(), new DateRange(first, last),
                        leaving.get().on(), leaving.get().forfeited()));
            }
        }
        return Optional.of(new FeeDue(year, FeeCause.YEAR_END, new DateRange(first, LocalDate.of(year, 12, 31)),
                LocalDate.of(year + 1, 1, 1), false));
    }

    /**
     * The statement {@code year} is heading for as the store's life now stands: a pending clearance that
     * takes effect within the year ends its trading days there ({@code CLEARED}); otherwise what
     * {@link #feeOf} says. What a preview of the year's fee settles.
     */
    public static Optional<FeeDue> feeHeadingFor(StoreLife life, int year) {
        Optional<Clearance> pending = life.status() == StoreStatus.FORMAL ? life.formalState().clearance()
                : Optional.empty();
        if (pending.isPresent() && pending.get().effectiveOn().minusDays(1).getYear() == year) {
            return feeOf(life.withStatus(StoreStatus.CLEARED), year);
        }
        return feeOf(life, year);
    }

    /**
     * The agreement whose fee terms settle {@code year}: the launch version, then, once the store is
     * formal, the agreement of the year. Empty when it has no fee terms, or the agreements were not read.
     */
    public static Optional<AgreementVersion> feeAgreement(StoreLife life, int year) {
        return life.agreements()
                .map(agreements -> life.formalSince().map(since -> agreements.of(year, since))
                        .orElse(agreements.launch()))
                .filter(agreement -> agreement.terms().fee().isPresent());
    }

    /** The first statement the life calls for that is not issued as it should be; empty when none is left. */
    public static Optional<FeeDue> nextFee(StoreLife life) {
        if (life.agreements().isEmpty()) {
            return Optional.empty();
        }
        Agreements agreements = life.agreements().get();
        Optional<LocalDate> formalSince = life.formalSince();
        for (int year = life.launchDate().getYear(); ; year++) {
            Optional<FeeDue> due = feeOf(life, year);
            if (due.isEmpty()) {
                return Optional.empty();
            }
            Optional<FeeRecord> issued = life.fee(year);
            if (issued.isPresent() && due.get().isIssuedAs(issued.get())) {
                continue;
            }
            if (feeAgreement(life, year).isPresent()) {
                return due;
            }
            // a year without fee terms: the later ones have none either once the agreement stops changing
            boolean lastKnown = formalSince.isEmpty()
                    || (agreements.of(year, formalSince.get()).id() == agreements.latest().id()
                            && !formalSince.get().isAfter(LocalDate.of(year, 1, 1)));
            if (lastKnown && due.get().cause() == FeeCause.YEAR_END && life.leaving().isEmpty()) {
                return Optional.empty();
            }
        }
    }

    /**
     * The issued statements the store's life no longer calls for: their year's trading days, cause or
     * forfeiture changed (a terminated trial reinstated, a checkpoint that waited and then failed), or
     * the store did not trade in their year after all. They are made void.
     */
    public static List<FeeRecord> staleFees(StoreLife life) {
        return life.fees().stream()
                .filter(fee -> feeOf(life, fee.year()).map(due -> !due.isIssuedAs(fee)).orElse(true))
                .toList();
    }
}
