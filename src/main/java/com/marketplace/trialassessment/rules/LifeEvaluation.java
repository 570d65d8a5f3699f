package com.marketplace.trialassessment.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what is due in a store's life, from its facts: the one function behind every evaluation,
 * whether for one store on request, for a chunk of stores in the daily run, or after a re-evaluation.
 * Callers read the life and the facts of the windows it asks for ({@link #windows}), and write down
 * what it answers ({@link Evaluated}); they decide nothing themselves.
 * <p>
 * Every decision that is due is taken, oldest due date first (and on one date: checkpoints, annual
 * assessments, reviews, clearances, fee statements), until none is left. A decision that cannot be
 * taken for want of data holds back what depends on it (later checkpoints, assessments and reviews),
 * never a clearance or a fee statement.
 */
public final class LifeEvaluation {

    /** More decisions than this in one evaluation means a bug in the plan, not a store's life. */
    private static final int MAX_DECISIONS = 500;

    private final CheckpointRules rules;
    private final AnnualRules annualRules;
    private final FeeRules feeRules = new FeeRules();

    public LifeEvaluation(CheckpointRules rules, AnnualRules annualRules) {
        this.rules = rules;
        this.annualRules = annualRules;
    }

    /**
     * The windows whose facts {@link #evaluate} needs on {@code today}: those of the checkpoints due,
     * of every year that may be assessed by today (for a formal store, or one whose last checkpoint is
     * due), and of a rectification period whose review is due. When a decision needs a window beyond
     * these, the evaluation says so ({@link Evaluated#missingFacts}) and is done again with it.
     */
    public List<FactsWindow> windows(StoreLife life, LocalDate today) {
        Set<FactsWindow> windows = new LinkedHashSet<>();
        LocalDate launch = life.launchDate();
        LifePlan.due(life, today).forEach(d -> windows.add(d.checkpoint().window(launch)));
        boolean mayBeFormal = life.status() == StoreStatus.FORMAL || life.status() == StoreStatus.CLEARED
                || (life.status() == StoreStatus.TRIAL && Checkpoint.FOURTH.isDueOn(launch, today));
        if (mayBeFormal) {
            LocalDate formalSince = FormalYears.formalSince(launch);
            int year = life.latest(AnnualKind.ANNUAL).map(r -> r.year() + 1).orElse(formalSince.getYear());
            for (; !FormalYears.assessmentDue(year).isAfter(today); year++) {
                FormalYears.formalDays(year, formalSince).ifPresent(days -> windows.add(FactsWindow.of(days)));
            }
        }
        if (life.status() == StoreStatus.FORMAL) {
            life.formalState().rectification().filter(r -> !r.reviewDue().isAfter(today))
                    .ifPresent(r -> windows.add(FactsWindow.of(r.period())));
        }
        for (int year = launch.getYear(); year < today.getYear() + 1; year++) {
            LifePlan.feeOf(life, year)
                    .filter(due -> due.isDueOnOrBefore(today))
                    .filter(due -> life.fee(due.year()).map(issued -> !due.isIssuedAs(issued)).orElse(true))
                    .filter(due -> LifePlan.feeAgreement(life, due.year()).isPresent())
                    .ifPresent(due -> windows.add(FactsWindow.of(due.tradingDays())));
        }
        return List.copyOf(windows);
    }

    /**
     * Takes every decision due on {@code today}, in order.
     *
     * @param targets the checkpoint targets of the store's agreement
     * @param facts   the facts of (at least) the windows of {@link #windows}
     */
    public Evaluated evaluate(StoreLife life, LocalDate today, TargetSet targets, Map<FactsWindow, WindowFacts> facts) {
        Evaluation evaluation = new Evaluation(life, today, targets, facts);
        evaluation.decideDue();
        return evaluation.result();
    }

    /** Nothing decided: only the store's next decision planned again, as its life now holds it. */
    public Evaluated replan(StoreLife life) {
        return new Evaluation(life, LocalDate.MIN, null, Map.of()).result();
    }

    /** The windows whose facts {@link #reevaluate(StoreLife, Checkpoint, LocalDate, TargetSet, Map, String)} needs. */
    public List<FactsWindow> reevaluationWindows(StoreLife life, Checkpoint checkpoint, LocalDate today) {
        Set<FactsWindow> windows = new LinkedHashSet<>();
        windows.add(checkpoint.window(life.launchDate()));
        for (Checkpoint later = checkpoint.next().orElse(null); later != null; later = later.next().orElse(null)) {
            if (later.isDueOn(life.launchDate(), today)) {
                windows.add(later.window(life.launchDate()));
            }
        }
        windows.addAll(windows(new StoreLife(life.launchDate(), StoreStatus.TRIAL, Map.of(), life.annual(),
                life.agreements()), today));
        return List.copyOf(windows);
    }

    /**
     * Decides a decided checkpoint again, on today's facts. Its new result supersedes the current one;
     * when it now fails, the results of later checkpoints stop being current (a checkpoint after a
     * failed one is never decided); the status follows the current results; and what is then due is
     * decided. When the checkpoint cannot be decided (its score is missing now) nothing changes: the
     * answer holds only {@code awaitingData}.
     *
     * @throws IllegalArgumentException when the checkpoint has no current result, or the store is cleared
     */
    public Evaluated reevaluate(StoreLife life, Checkpoint checkpoint, LocalDate today, TargetSet targets,
            Map<FactsWindow, WindowFacts> facts, String reason) {
        if (AnnualReevaluation.clearedBy(life, today)) {
            throw new IllegalArgumentException("A cleared store's checkpoints are not re-evaluated");
        }
        if (!life.hasDecided(checkpoint)) {
            throw new IllegalArgumentException("Checkpoint " + checkpoint.number() + " has no result to re-evaluate");
        }
        Evaluation evaluation = new Evaluation(life, today, targets, facts);
        FactsWindow window = checkpoint.window(life.launchDate());
        if (!facts.containsKey(window)) {
            return evaluation.missing(window);
        }
        Decision decision = rules.decide(checkpoint, life.launchDate(), targets, facts.get(window));
        if (decision instanceof Decision.AwaitingData waiting) {
            return evaluation.awaiting(new Awaiting.AtCheckpoint(checkpoint, waiting.missing()));
        }
        evaluation.supersede(((Decision.Decided) decision).result());
        evaluation.followResults(checkpoint, reason);
        evaluation.decideDue();
        return evaluation.result();
    }

    /** The windows whose facts an annual re-evaluation needs: the result's own, and those of what is due. */
    public List<FactsWindow> reevaluationWindows(StoreLife life, AnnualKind kind, int year, LocalDate today) {
        Set<FactsWindow> windows = new LinkedHashSet<>();
        life.current(kind, year).ifPresent(record -> windows.add(FactsWindow.of(record.window())));
        windows.addAll(windows(life, today));
        return List.copyOf(windows);
    }

    /**
     * Decides an annual assessment or rectification review again, on today's facts, with its own due
     * date and window. The new result supersedes the current one; re-evaluating an assessment voids the
     * review that followed it; the standing is worked out again from the current results (a withdrawn
     * failure lifts the warning or withdraws the clearance notice, and a warning given now starts its
     * rectification today); and what is then due is decided. When it cannot be decided (its score is
     * missing now) nothing changes.
     *
     * @throws IllegalArgumentException when the rules refuse to re-evaluate it ({@link AnnualReevaluation})
     */
    public Evaluated reevaluate(StoreLife life, AnnualKind kind, int year, LocalDate today, TargetSet targets,
            Map<FactsWindow, WindowFacts> facts, String reason) {
        AnnualReevaluation.refusal(life, kind, year, today).ifPresent(refusal -> {
            throw new IllegalArgumentException("The " + kind + " result of " + year + " is not re-evaluated: " + refusal);
        });
        AnnualRecord current = life.current(kind, year).orElseThrow();
        Evaluation evaluation = new Evaluation(life, today, targets, facts);
        FactsWindow window = FactsWindow.of(current.window());
        if (!facts.containsKey(window)) {
            return evaluation.missing(window);
        }
        LocalDate formalSince = life.formalSince().orElseThrow();
        AnnualAssessment assessment = annualRules.assess(kind, year, current.window(), current.dueDate(),
                life.requireAgreements().of(year, formalSince), facts.get(window));
        if (assessment.awaitingData()) {
            return evaluation.awaiting(new Awaiting.Annual(kind, year, assessment.missing()));
        }
        evaluation.supersede(current, assessment, reason);
        evaluation.decideDue();
        return evaluation.result();
    }

    /** One evaluation under way: what it has decided so far, and the life it has led to. */
    private final class Evaluation {

        private StoreLife life;
        private final LocalDate today;
        private final TargetSet targets;
        private final Map<FactsWindow, WindowFacts> facts;
        private final List<CheckpointResult> decided = new ArrayList<>();
        private final List<AnnualResult> annualDecided = new ArrayList<>();
        private final List<FeeStatement> feesIssued = new ArrayList<>();
        private final Set<Long> feesVoided = new HashSet<>();
        private final Set<Checkpoint> notCurrent = EnumSet.noneOf(Checkpoint.class);
        private final Set<AnnualKey> annualSuperseded = new HashSet<>();
        private final Set<AnnualKey> annualVoided = new HashSet<>();
        private final List<StatusChange> changes = new ArrayList<>();
        private final Set<FactsWindow> missing = new HashSet<>();
        private Awaiting awaiting;

        Evaluation(StoreLife life, LocalDate today, TargetSet targets, Map<FactsWindow, WindowFacts> facts) {
            this.life = life;
            this.today = today;
            this.targets = targets;
            this.facts = facts;
        }

        /**
         * Takes the decisions due today one by one, each on the life the previous ones left. Once one
         * waits for data, only clearances and fee statements are still taken.
         */
        void decideDue() {
            for (int taken = 0; taken < MAX_DECISIONS; taken++) {
                Optional<PlannedDecision> next = LifePlan.pending(life).stream()
                        .filter(d -> d.isDueOn(today))
                        .filter(d -> awaiting == null || d.kind() == DecisionKind.CLEARANCE
                                || d.kind() == DecisionKind.FEE_STATEMENT)
                        .findFirst();
                if (next.isEmpty() || !take(next.get())) {
                    return;
                }
            }
            throw new IllegalStateException("More than " + MAX_DECISIONS + " decisions are due at once");
        }

        /** Takes one decision; false when its facts were not given (the evaluation stops there). */
        private boolean take(PlannedDecision due) {
            return switch (due.kind()) {
                case CHECKPOINT -> checkpoint(due.checkpoint());
                case ANNUAL_ASSESSMENT -> annual(due);
                case RECTIFICATION_REVIEW -> review();
                case CLEARANCE -> clearance();
                case FEE_STATEMENT -> fee(due.number());
            };
        }

        /** Issues the year's statement; one issued before for the year that no longer stands is made void. */
        private boolean fee(int year) {
            FeeDue due = LifePlan.feeOf(life, year).orElseThrow();
            AgreementVersion agreement = LifePlan.feeAgreement(life, year).orElseThrow();
            FactsWindow window = FactsWindow.of(due.tradingDays());
            if (!facts.containsKey(window)) {
                missing.add(window);
                return false;
            }
            FeeStatement statement = feeRules.settle(due, agreement, facts.get(window));
            Set<Long> voided = new HashSet<>();
            life.fee(year).filter(issued -> issued.id() > 0).ifPresent(issued -> voided.add(issued.id()));
            feesVoided.addAll(voided);
            feesIssued.add(statement);
            life = life.withFees(List.of(statement.record(-feesIssued.size())), voided);
            return true;
        }

        private boolean checkpoint(Checkpoint checkpoint) {
            FactsWindow window = checkpoint.window(life.launchDate());
            if (!facts.containsKey(window)) {
                missing.add(window);
                return false;
            }
            Decision decision = rules.decide(checkpoint, life.launchDate(), targets, facts.get(window));
            if (decision instanceof Decision.AwaitingData waiting) {
                awaiting = new Awaiting.AtCheckpoint(checkpoint, waiting.missing());
                return true;
            }
            CheckpointResult result = ((Decision.Decided) decision).result();
            decided.add(result);
            life = life.withResult(result);
            if (!result.passed()) {
                changeStatus(StoreStatus.TERMINATED, StatusChangeCause.CHECKPOINT_FAILED, checkpoint,
                        StatusChange.failure(result));
            }
            else if (checkpoint.isLast()) {
                changeStatus(StoreStatus.FORMAL, StatusChangeCause.TRIAL_PASSED, checkpoint, null);
            }
            return true;
        }

        private boolean annual(PlannedDecision due) {
            int year = due.number();
            LocalDate formalSince = life.formalSince().orElseThrow();
            DateRange days = FormalYears.formalDays(year, formalSince).orElseThrow();
            return assess(AnnualKind.ANNUAL, year, days, due.dueOn(), life.requireAgreements().of(year, formalSince));
        }

        private boolean review() {
            Rectification rectification = life.formalState().rectification().orElseThrow();
            int year = rectification.assessedYear();
            return assess(AnnualKind.RECTIFICATION, year, rectification.period(), rectification.reviewDue(),
                    life.requireAgreements().of(year, life.formalSince().orElseThrow()));
        }

        private boolean assess(AnnualKind kind, int year, DateRange window, LocalDate dueOn,
                AgreementVersion agreement) {
            FactsWindow factsWindow = FactsWindow.of(window);
            if (!facts.containsKey(factsWindow)) {
                missing.add(factsWindow);
                return false;
            }
            AnnualAssessment assessment = annualRules.assess(kind, year, window, dueOn, agreement,
                    facts.get(factsWindow));
            if (assessment.awaitingData()) {
                awaiting = new Awaiting.Annual(kind, year, assessment.missing());
                return true;
            }
            FormalState before = life.formalState();
            AnnualResult result = AnnualConsequences.decide(assessment, before, life.annual(), today);
            annualDecided.add(result);
            life = life.withAnnual(result.record(0));
            changeStanding(before, StatusChange.failure(assessment));
            return true;
        }

        private boolean clearance() {
            FormalState before = life.formalState();
            Clearance clearance = before.clearance().orElseThrow();
            changes.add(new StatusChange(StoreStatus.FORMAL, StoreStatus.CLEARED, before.standing(), null,
                    StatusChangeCause.CLEARED, null, null, null, "clearance noticed on " + clearance.noticeOn()
                            + " (" + clearance.cause() + ") took effect on " + clearance.effectiveOn()));
            life = life.withStatus(StoreStatus.CLEARED);
            return true;
        }

        /** The re-evaluated checkpoint's result replaces the current one; a failure withdraws the later ones. */
        void supersede(CheckpointResult result) {
            Checkpoint checkpoint = result.checkpoint();
            decided.add(result);
            notCurrent.add(checkpoint);
            if (!result.passed()) {
                life.checkpoints().keySet().stream().filter(c -> c.number() > checkpoint.number())
                        .forEach(notCurrent::add);
                life = life.withoutOutcomesAfter(checkpoint);
            }
            life = life.withResult(result);
        }

        /**
         * The status follows the current checkpoint results. A store going from TERMINATED to FORMAL
         * returns to its trial first, then passes it: two changes, so that the history reads like the rules.
         */
        void followResults(Checkpoint checkpoint, String reason) {
            StoreStatus target = TrialProgress.status(life.checkpoints());
            if (target == life.status()) {
                return;
            }
            switch (target) {
                case TRIAL -> changeStatus(StoreStatus.TRIAL, StatusChangeCause.REEVALUATION, checkpoint, reason);
                case TERMINATED -> changeStatus(StoreStatus.TERMINATED, StatusChangeCause.REEVALUATION, checkpoint,
                        StatusChange.reasonAnd(reason, StatusChange.failure(decided.get(decided.size() - 1))));
                case FORMAL -> {
                    if (life.status() == StoreStatus.TERMINATED) {
                        changeStatus(StoreStatus.TRIAL, StatusChangeCause.REEVALUATION, checkpoint, reason);
                    }
                    changeStatus(StoreStatus.FORMAL, StatusChangeCause.REEVALUATION, checkpoint, reason);
                }
                case CLEARED -> throw new IllegalStateException("Checkpoints never clear a store");
            }
        }

        /**
         * The re-evaluated annual result replaces the current one (and an assessment's review is voided);
         * its consequence is what it leads to after the results decided before it.
         */
        void supersede(AnnualRecord current, AnnualAssessment assessment, String reason) {
            FormalState start = life.formalState();
            Set<AnnualKey> gone = new HashSet<>();
            gone.add(AnnualKey.of(current));
            annualSuperseded.add(AnnualKey.of(current));
            if (current.kind() == AnnualKind.ANNUAL) {
                life.current(AnnualKind.RECTIFICATION, current.year()).ifPresent(review -> {
                    gone.add(AnnualKey.of(review));
                    annualVoided.add(AnnualKey.of(review));
                });
            }
            StoreLife without = life.withoutAnnual(gone);
            FormalState before = FormalState.of(without.annual().stream()
                    .filter(r -> AnnualRecord.IN_ORDER.compare(r, current) < 0).toList());
            AnnualResult result = AnnualConsequences.decide(assessment, before, without.annual(), today);
            annualDecided.add(result);
            life = without.withAnnual(result.record(0));
            changeStanding(start, StatusChange.reasonAnd(reason, StatusChange.failure(assessment)));
        }

        private void changeStatus(StoreStatus to, StatusChangeCause cause, Checkpoint checkpoint, String reason) {
            Standing from = standing();
            StoreStatus fromStatus = life.status();
            life = life.withStatus(to);
            changes.add(new StatusChange(fromStatus, to, from, standing(), cause, checkpoint.number(),
                    decided.size() - 1, null, reason));
        }

        /** A change of standing the last annual result made, if it made one (a warning renewed is none). */
        private void changeStanding(FormalState before, String reason) {
            FormalState after = life.formalState();
            if (before.standing() == after.standing()) {
                return;
            }
            StatusChangeCause cause = switch (after.standing()) {
                case WARNED -> before.standing() == Standing.GOOD ? StatusChangeCause.ANNUAL_WARNING
                        : StatusChangeCause.CLEARANCE_WITHDRAWN;
                case CLEARANCE_PENDING -> StatusChangeCause.CLEARANCE_NOTICE;
                case GOOD -> before.standing() == Standing.WARNED ? StatusChangeCause.WARNING_LIFTED
                        : StatusChangeCause.CLEARANCE_WITHDRAWN;
            };
            changes.add(new StatusChange(StoreStatus.FORMAL, StoreStatus.FORMAL, before.standing(), after.standing(),
                    cause, null, null, annualDecided.size() - 1, reason));
        }

        /** The standing of the store as it is now in this evaluation: null unless it is formal. */
        private Standing standing() {
            return life.status() == StoreStatus.FORMAL ? life.formalState().standing() : null;
        }

        Evaluated missing(FactsWindow window) {
            missing.add(window);
            return result();
        }

        Evaluated awaiting(Awaiting waiting) {
            awaiting = waiting;
            return result();
        }

        /** What was decided; issued statements the life no longer calls for are made void. */
        Evaluated result() {
            Set<Long> stale = new HashSet<>();
            LifePlan.staleFees(life).stream().filter(fee -> fee.id() > 0).forEach(fee -> stale.add(fee.id()));
            if (!stale.isEmpty()) {
                feesVoided.addAll(stale);
                life = life.withFees(List.of(), stale);
            }
            return new Evaluated(decided, annualDecided, Optional.ofNullable(awaiting), notCurrent, annualSuperseded,
                    annualVoided, changes, life, LifePlan.next(life), missing, feesIssued, feesVoided);
        }
    }
}
